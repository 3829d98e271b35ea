/* Structural equality of two libpg_query protobuf-c trees, ignoring source positions. The guard
 * uses it to prove that the SQL it hands out means what it judged: every rewrite's deparsed text
 * is parsed again and must give back the tree that was judged (not only for constructs the
 * deparser is known to get wrong), so a deparser bug cannot change what runs. (fuzz_sqlguard found `(a + t).f.g` deparsed as `a + t.f.g`: valid SQL
 * with another meaning, which a "does it still parse" check cannot see.) */
#include <string.h>

#include "guard/sqlguard_int.h"

/* Fields that record where text was, not what it says: they differ after a deparse. */
static int
is_position(const char *name)
{
	return (name[0] == 'l' && strcmp(name, "location") == 0) ||
	    (name[0] == 's' && (strcmp(name, "stmt_location") == 0 || strcmp(name, "stmt_len") == 0));
}

static size_t
elem_size(ProtobufCType t)
{
	switch (t) {
	case PROTOBUF_C_TYPE_INT32: case PROTOBUF_C_TYPE_SINT32: case PROTOBUF_C_TYPE_SFIXED32:
	case PROTOBUF_C_TYPE_UINT32: case PROTOBUF_C_TYPE_FIXED32: case PROTOBUF_C_TYPE_ENUM:
		return 4;
	case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_SINT64: case PROTOBUF_C_TYPE_SFIXED64:
	case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_FIXED64:
		return 8;
	case PROTOBUF_C_TYPE_BOOL: return sizeof(protobuf_c_boolean);
	case PROTOBUF_C_TYPE_FLOAT: return sizeof(float);
	case PROTOBUF_C_TYPE_DOUBLE: return sizeof(double);
	case PROTOBUF_C_TYPE_STRING: return sizeof(char *);
	case PROTOBUF_C_TYPE_BYTES: return sizeof(ProtobufCBinaryData);
	case PROTOBUF_C_TYPE_MESSAGE: return sizeof(ProtobufCMessage *);
	}
	return 0;
}

static int msg_equal(const ProtobufCMessage *a, const ProtobufCMessage *b);

/* One value of type t stored at pa and pb. */
static int
value_equal(ProtobufCType t, const void *pa, const void *pb)
{
	switch (t) {
	case PROTOBUF_C_TYPE_STRING: {
		const char *x = *(char *const *)pa, *y = *(char *const *)pb;
		return strcmp(x ? x : "", y ? y : "") == 0;
	}
	case PROTOBUF_C_TYPE_BYTES: {
		const ProtobufCBinaryData *x = pa, *y = pb;
		return x->len == y->len && (x->len == 0 || memcmp(x->data, y->data, x->len) == 0);
	}
	case PROTOBUF_C_TYPE_MESSAGE:
		return msg_equal(*(ProtobufCMessage *const *)pa, *(ProtobufCMessage *const *)pb);
	default:
		return memcmp(pa, pb, elem_size(t)) == 0;
	}
}

static int
msg_equal(const ProtobufCMessage *a, const ProtobufCMessage *b)
{
	const ProtobufCMessageDescriptor *d;

	if (a == NULL || b == NULL)
		return a == b;
	if (a->descriptor != b->descriptor)
		return 0;
	d = a->descriptor;
	if (d == &pg_query__node__descriptor) {
		/* Node is one oneof of ~270 members: compare the member that is set, not all. */
		const PgQuery__Node *na = (const PgQuery__Node *)a, *nb = (const PgQuery__Node *)b;
		const ProtobufCFieldDescriptor *f;
		if (na->node_case != nb->node_case)
			return 0;
		f = protobuf_c_message_descriptor_get_field(d, na->node_case);
		return f == NULL || value_equal(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
	}
	for (unsigned i = 0; i < d->n_fields; i++) {
		const ProtobufCFieldDescriptor *f = &d->fields[i];
		const char *fa = (const char *)a + f->offset, *fb = (const char *)b + f->offset;

		if (is_position(f->name))
			continue;
		if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
			uint32_t ca = *(const uint32_t *)((const char *)a + f->quantifier_offset);
			uint32_t cb = *(const uint32_t *)((const char *)b + f->quantifier_offset);
			if (ca != cb)
				return 0;
			if (ca != f->id)
				continue;
		}
		if (f->label == PROTOBUF_C_LABEL_REPEATED) {
			size_t na = *(const size_t *)((const char *)a + f->quantifier_offset);
			size_t nb = *(const size_t *)((const char *)b + f->quantifier_offset);
			const char *ea = *(char *const *)fa, *eb = *(char *const *)fb;
			size_t sz = elem_size(f->type);
			if (na != nb)
				return 0;
			for (size_t j = 0; j < na; j++)
				if (!value_equal(f->type, ea + j * sz, eb + j * sz))
					return 0;
		} else if (!value_equal(f->type, fa, fb)) {
			return 0;
		}
	}
	return 1;
}

int
sqlg_tree_equal(const ProtobufCMessage *a, const ProtobufCMessage *b)
{
	return msg_equal(a, b);
}
