# Compiles mcpdb's own code. Driven by ./build.sh, which builds the dependencies first and
# writes $(CONFIG) (compiler, flags, dependency paths for one target). Run `./build.sh`, not
# make directly: `make CONFIG=build/x86_64/config.mk` works once build.sh has written it.
#
# Layout: core/<area>/*.c -> libcore.a (core/README.md: the areas and who may include whom); agent/*.c and cli/*.c link it into the two programs;
# tests/unit/test_*.c link it into one test program each; generated sources live in $(BUILD)/gen.

CONFIG ?= build/x86_64/config.mk
include $(CONFIG)

WARN     = -std=c11 -Wall -Wextra -Werror -Wno-unused-parameter -Wvla -Wformat=2
CPPFLAGS = -D_GNU_SOURCE -iquote core -I$(BUILD)/gen $(DEP_INC) \
           -DMCPDB_PG_QUERY_VERSION='"$(PG_QUERY_VERSION)"'
ALL_CFLAGS = $(WARN) $(OPT) $(CPPFLAGS) -MMD -MP

CORE_SRC  = $(sort $(wildcard core/*/*.c))
AGENT_SRC = $(sort $(wildcard agent/*.c))
CLI_SRC   = $(sort $(wildcard cli/*.c))
UNIT_SRC  = $(sort $(wildcard tests/unit/test_*.c))
FUZZ_SRC  = $(sort $(wildcard fuzz/fuzz_*.c))

# Generated sources: the built-in function table comes from PostgreSQL's pg_proc.dat.
GEN_SRC   = $(BUILD)/gen/pgproc_table.c

CORE_OBJ  = $(CORE_SRC:%.c=$(BUILD)/%.o) $(GEN_SRC:%.c=%.o)
AGENT_OBJ = $(AGENT_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ   = $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_BIN  = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
# Fuzz harnesses: with libFuzzer in the fuzz build, with a plain replay main() in the san build.
FUZZ_BIN  = $(FUZZ_SRC:fuzz/%.c=$(BUILD)/fuzzbin/%)
REPLAY_BIN = $(FUZZ_SRC:fuzz/fuzz_%.c=$(BUILD)/fuzzreplay/%)

.PHONY: all programs unit fuzz replay
all: programs
programs: $(BIN)/mcpdb-agent $(BIN)/mcpdb
unit: $(UNIT_BIN)
fuzz: $(FUZZ_BIN)
replay: $(REPLAY_BIN)

# Objects depend on the configuration (compiler, flags, dependency paths: a changed dependency
# gets a new cache path, so config.mk changes) and programs on the dependency archives.
$(BUILD)/%.o: %.c $(CONFIG)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c $(CONFIG)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/gen/pgproc_table.c: tools/gen_pgproc.awk $(PG_SHARE)/pg_proc.dat
	@mkdir -p $(@D)
	awk -f tools/gen_pgproc.awk $(PG_SHARE)/pg_proc.dat | LC_ALL=C sort -t'	' -k1,1 -k4,4n | \
		awk -v emit=1 -f tools/gen_pgproc.awk > $@.tmp && mv $@.tmp $@

$(BUILD)/libcore.a: $(CORE_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

$(BIN)/mcpdb-agent: $(AGENT_OBJ) $(BUILD)/libcore.a $(DEP_LIBS)
	@mkdir -p $(@D)
	$(CC) $(OPT) $(LINK) -o $@ $(AGENT_OBJ) $(BUILD)/libcore.a $(DEP_LIBS)

$(BIN)/mcpdb: $(CLI_OBJ) $(BUILD)/libcore.a $(DEP_LIBS)
	@mkdir -p $(@D)
	$(CC) $(OPT) $(LINK) -o $@ $(CLI_OBJ) $(BUILD)/libcore.a $(DEP_LIBS)

$(BUILD)/tests/%: $(BUILD)/tests/unit/%.o $(BUILD)/libcore.a $(DEP_LIBS)
	@mkdir -p $(@D)
	$(CC) $(OPT) $(LINK) -o $@ $< $(BUILD)/libcore.a $(DEP_LIBS)

$(BUILD)/fuzzbin/fuzz_%: $(BUILD)/fuzz/fuzz_%.o $(BUILD)/libcore.a
	@mkdir -p $(@D)
	$(CC) $(OPT) $(LINK) -fsanitize=fuzzer -o $@ $< $(BUILD)/libcore.a $(DEP_LIBS)

$(BUILD)/fuzzreplay/%: $(BUILD)/fuzz/fuzz_%.o $(BUILD)/fuzz/replay.o $(BUILD)/libcore.a
	@mkdir -p $(@D)
	$(CC) $(OPT) $(LINK) -o $@ $< $(BUILD)/fuzz/replay.o $(BUILD)/libcore.a $(DEP_LIBS)

-include $(FUZZ_SRC:%.c=$(BUILD)/%.d) $(BUILD)/fuzz/replay.d
-include $(CORE_OBJ:.o=.d) $(AGENT_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(UNIT_SRC:%.c=$(BUILD)/%.d)
