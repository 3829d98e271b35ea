/* The maskers and the lineage lookup. Pure functions over the policy: no I/O, no global state.
 * The pipeline calls mask_lookup once per result column (with the table and column names it
 * resolved from PQftable/PQftablecol) and mask_apply per cell of a masked column. The hash
 * masker is a keyed HMAC-SHA256 (mbedtls), so equal inputs give equal outputs across tables
 * and queries (joins and counts on masked values still work) without a dictionary attack. */
#include "gov/mask.h"

#include <stdlib.h>
#include <string.h>

#include <mbedtls/md.h>

const struct policy_column *
mask_lookup(const struct policy *p, const char *schema, const char *table, const char *column)
{
	const struct policy_column *c;

	if (p == NULL || table == NULL || column == NULL)
		return NULL;
	c = policy_find_column(policy_find_table(p, schema, table), column);
	return c != NULL && c->mask != MASK_NONE ? c : NULL;
}

const char *
mask_kind_name(enum mask_kind k)
{
	switch (k) {
	case MASK_FIXED: return "fixed";
	case MASK_EMAIL: return "email";
	case MASK_LAST4: return "last4";
	case MASK_HASH: return "hash";
	case MASK_NULL: return "null";
	case MASK_REDACT: return "redact";
	case MASK_NONE: break;
	}
	return "none";
}

/* Length of the UTF-8 sequence starting at s[i] (1 for a stray byte, so bad input still
 * advances), never past len. */
static size_t
utf8_step(const char *s, size_t i, size_t len)
{
	unsigned char b = (unsigned char)s[i];
	size_t n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;

	if (i + n > len)
		n = len - i;
	for (size_t k = 1; k < n; k++)
		if (((unsigned char)s[i + k] & 0xc0) != 0x80)
			return k;
	return n;
}

static int
dup_out(const char *a, size_t alen, const char *b, size_t blen, const char *c, size_t clen,
    char **out, size_t *outlen)
{
	char *s = malloc(alen + blen + clen + 1);

	if (s == NULL)
		return E_NOMEM;
	memcpy(s, a, alen);
	memcpy(s + alen, b, blen);
	memcpy(s + alen + blen, c, clen);
	s[alen + blen + clen] = '\0';
	*out = s;
	*outlen = alen + blen + clen;
	return 0;
}

/* a***@example.com: the first character of the local part and the domain after the last '@';
 * without an '@' nothing is kept ("***"). The stars never depend on the value's length. */
static int
mask_email(const char *in, size_t len, char **out, size_t *outlen)
{
	size_t at = len, first;

	for (size_t i = len; i > 0; i--) {
		if (in[i - 1] == '@') {
			at = i - 1;
			break;
		}
	}
	if (at == len)
		return dup_out("***", 3, "", 0, "", 0, out, outlen);
	first = at > 0 ? utf8_step(in, 0, at) : 0;
	return dup_out(in, first, "***", 3, in + at, len - at, out, outlen);
}

/* ****1234: the last four characters; a value of four characters or fewer shows none. */
static int
mask_last4(const char *in, size_t len, char **out, size_t *outlen)
{
	size_t starts[5] = { 0 }, nchars = 0;

	for (size_t i = 0; i < len; i += utf8_step(in, i, len)) {
		memmove(starts, starts + 1, 4 * sizeof starts[0]);
		starts[4] = i;
		nchars++;
	}
	if (nchars <= 4)
		return dup_out("****", 4, "", 0, "", 0, out, outlen);
	return dup_out("****", 4, in + starts[1], len - starts[1], "", 0, out, outlen);
}

static int
mask_hash(const struct policy *p, const char *in, size_t len, char **out, size_t *outlen)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char mac[32];
	char text[65];
	const mbedtls_md_info_t *md = mbedtls_md_info_from_type(MBEDTLS_MD_SHA256);

	if (p == NULL || p->hash_key_len == 0)
		return E_CONFIG;
	if (md == NULL || mbedtls_md_hmac(md, p->hash_key, p->hash_key_len, (const unsigned char *)in, len, mac) != 0)
		return E_INTERNAL;
	for (size_t i = 0; i < sizeof mac; i++) {
		text[2 * i] = hex[mac[i] >> 4];
		text[2 * i + 1] = hex[mac[i] & 15];
	}
	text[64] = '\0';
	return dup_out(text, 64, "", 0, "", 0, out, outlen);
}

int
mask_apply(const struct policy *p, const struct policy_column *c, const char *in, size_t len, int in_null,
    char **out, size_t *outlen)
{
	*out = NULL;
	*outlen = 0;
	if (c == NULL || c->mask == MASK_NONE)
		return E_INVAL;
	if (in_null || c->mask == MASK_NULL)
		return 0;
	if (in == NULL && len > 0)
		return E_INVAL;
	if (in == NULL)
		in = "";
	switch (c->mask) {
	case MASK_FIXED:
		if (c->mask_fixed == NULL)
			return E_INVAL;
		return dup_out(c->mask_fixed, strlen(c->mask_fixed), "", 0, "", 0, out, outlen);
	case MASK_EMAIL:
		return mask_email(in, len, out, outlen);
	case MASK_LAST4:
		return mask_last4(in, len, out, outlen);
	case MASK_HASH:
		return mask_hash(p, in, len, out, outlen);
	case MASK_REDACT:
		return dup_out(MASK_REDACTED, strlen(MASK_REDACTED), "", 0, "", 0, out, outlen);
	case MASK_NULL:
	case MASK_NONE:
		break;
	}
	return E_INVAL;
}
