/* Unit tests for the capped buffer and array growth (core/base/buf.c): appends up to the
 * ceiling, the sticky failure past it, reserve/commit, consume, steal, and grow_array's caps. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "test.h"

static void
test_append_and_ceiling(void)
{
	struct buf b;

	buf_init(&b, 10);
	TEST(buf_add_str(&b, "hello") == 0 && b.len == 5, "append within the ceiling");
	TEST(buf_addf(&b, "%d", 1234) == 0 && b.len == 9, "formatted append");
	TEST_STREQ(b.data, "hello1234", "bytes and terminating NUL");
	TEST(buf_add_str(&b, "xy") == E_TOOBIG, "an append past the ceiling fails with E_TOOBIG");
	TEST(b.len == 9 && strcmp(b.data, "hello1234") == 0, "a failed append leaves the bytes as they were");
	TEST(buf_add_char(&b, 'z') == E_TOOBIG && buf_err(&b) == E_TOOBIG, "the failure is sticky, even for an append that would fit");
	buf_reset(&b);
	TEST(buf_err(&b) == 0 && b.len == 0 && buf_add_str(&b, "0123456789") == 0, "reset clears the failure; exactly max bytes fit");
	TEST(buf_addf(&b, "%s", "") == 0 && b.len == 10, "an empty append at the ceiling is fine");
	buf_free(&b);
	TEST(b.data == NULL && b.len == 0 && b.max == 10, "free empties and keeps the ceiling");
}

static void
test_reserve_consume_steal(void)
{
	struct buf b;
	char *p, *out = NULL;
	size_t len;

	buf_init(&b, 1 << 20);
	TEST(buf_reserve(&b, 100, &p) == 0 && p != NULL, "reserve gives room");
	memcpy(p, "abcdef", 6);
	buf_commit(&b, 6);
	TEST(b.len == 6 && strcmp(b.data, "abcdef") == 0, "commit counts what was written");
	buf_consume(&b, 2);
	TEST(b.len == 4 && strcmp(b.data, "cdef") == 0, "consume drops the front");
	buf_consume(&b, 99);
	TEST(b.len == 0 && b.data[0] == '\0', "consume past the end empties");
	TEST(buf_add_str(&b, "kept") == 0 && buf_steal(&b, &out, &len) == 0 && len == 4 && strcmp(out, "kept") == 0,
	    "steal hands over the bytes");
	TEST(b.data == NULL && b.len == 0, "the buffer is empty after steal");
	free(out);
	TEST(buf_steal(&b, &out, &len) == 0 && out != NULL && len == 0 && out[0] == '\0', "steal of an empty buffer gives \"\"");
	free(out);
	buf_init(&b, 3);
	(void)buf_add_str(&b, "toolong");
	TEST(buf_steal(&b, &out, &len) == E_TOOBIG && out == NULL, "steal reports the sticky failure");
	TEST(buf_reserve(&b, 4, &p) == E_TOOBIG && p == NULL, "reserve past the ceiling fails");
	buf_free(&b);
}

static void
test_grow_array(void)
{
	int *a = NULL;
	size_t cap = 0;

	TEST(grow_array(&a, &cap, 1, sizeof(*a), 100) == 0 && cap >= 1 && a != NULL, "grow from nothing");
	TEST(grow_array(&a, &cap, 50, sizeof(*a), 100) == 0 && cap >= 50 && cap <= 100, "grow doubles up to the cap");
	a[49] = 7;
	TEST(grow_array(&a, &cap, 100, sizeof(*a), 100) == 0 && cap == 100 && a[49] == 7, "exactly max elements, contents kept");
	TEST(grow_array(&a, &cap, 101, sizeof(*a), 100) == E_TOOBIG && cap == 100, "past max: E_TOOBIG, unchanged");
	TEST(grow_array(&a, &cap, 10, sizeof(*a), 100) == 0 && cap == 100, "no shrink when need fits");
	TEST(grow_array(&a, &cap, SIZE_MAX / 2, 16, SIZE_MAX) == E_TOOBIG, "size overflow is refused");
	free(a);
}

int
main(void)
{
	test_append_and_ceiling();
	test_reserve_consume_steal();
	test_grow_array();
	return test_summary();
}
