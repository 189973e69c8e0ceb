# wijkrapport: a plain Makefile. `make run` and `make test` first install missing
# Debian packages (as root), then build.

PREFIX  ?= /usr/local
DESTDIR ?=
VERSION := 0.1.0

BUILD   ?= build
CC      ?= cc
CXX     ?= c++
SANITIZE ?=

PKGS     := libcmark-gfm xlsxwriter inih libctemplate_nothreads
WARN     := -Wall -Wextra -Werror
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DWR_VERSION='"$(VERSION)"' \
            -DWR_DATADIR='"$(PREFIX)/share/wijkrapport"' -Isrc
CFLAGS   ?= -O2 -g
CXXFLAGS ?= -O2 -g
ifneq ($(SANITIZE),)
CFLAGS   += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
CXXFLAGS += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS  += -fsanitize=address,undefined
endif
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
LDLIBS   += $(PKG_LIBS) -lcmark-gfm-extensions -lhpdf -lcsv -lhyphen -lm -lstdc++ -pthread

# One folder per pipeline stage (docs/architecture.md); render/ and export/ have subfolders.
C_SOURCES  := $(wildcard src/*/*.c src/*/*/*.c)
CC_SOURCES := $(wildcard src/*/*.cc)
OBJECTS    := $(C_SOURCES:%.c=$(BUILD)/%.o) $(CC_SOURCES:%.cc=$(BUILD)/%.o)
LIB_OBJECTS := $(filter-out $(BUILD)/src/app/main.o,$(OBJECTS))
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c)) \
              $(BUILD)/tests/fuzz_replay
FUZZ_SECONDS ?= 60

# Debian packages needed to build, and to run the tests.
BUILD_DEPS := gcc g++ make pkg-config libhpdf-dev libxlsxwriter-dev libcsv-dev libctemplate-dev \
              libcmark-gfm-dev libcmark-gfm-extensions-dev libhyphen-dev hyphen-nl libinih-dev icc-profiles-free
TEST_DEPS  := poppler-utils qpdf python3 python3-openpyxl clang libclang-rt-14-dev libreoffice-calc locales \
              chromium
# The browser test of the HTML reports: playwright-core, axe-core and html-validate from
# npm as pinned in its package-lock.json (Node comes with the machine); the browser is
# Debian's chromium.
HTML_TEST_DIR := tests/e2e/html

.PHONY: all deps test-deps run test sanitize-test fuzz bench install uninstall clean sample

all: $(BUILD)/wijkrapport

$(BUILD)/wijkrapport: $(OBJECTS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(WARN) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/%.o: %.cc
	@mkdir -p $(dir $@)
	$(CXX) -std=c++17 $(WARN) $(CPPFLAGS) $(PKG_CFLAGS) $(CXXFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJECTS)
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(WARN) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -Itests/unit $(LDFLAGS) -o $@ $< $(LIB_OBJECTS) $(LDLIBS)

$(BUILD)/tests/fuzz_replay: tests/fuzz/replay.c tests/fuzz/fuzz_input.c $(LIB_OBJECTS)
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(WARN) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ tests/fuzz/replay.c tests/fuzz/fuzz_input.c \
	    $(LIB_OBJECTS) $(LDLIBS)

-include $(OBJECTS:.o=.d)

# Installs what is missing; does nothing when everything is there.
deps:
	@tools/install-deps $(BUILD_DEPS)

test-deps:
	@tools/install-deps $(BUILD_DEPS) $(TEST_DEPS)
	@tools/ensure-locale nl_NL.UTF-8
	@$(MAKE) --no-print-directory $(HTML_TEST_DIR)/node_modules/.package-lock.json

$(HTML_TEST_DIR)/node_modules/.package-lock.json: $(HTML_TEST_DIR)/package.json $(HTML_TEST_DIR)/package-lock.json
	cd $(HTML_TEST_DIR) && npm ci --no-audit --no-fund

run: deps
	@$(MAKE) --no-print-directory all
	$(BUILD)/wijkrapport kwartaal --gegevens sample-data --uitvoer out
	$(BUILD)/wijkrapport jaar --gegevens sample-data --uitvoer out

# The disclosure attack (tests/e2e/test_disclosure.py) generates its exports with gen_export.
test: test-deps
	@$(MAKE) --no-print-directory all $(UNIT_TESTS) $(BUILD)/gen_export
	@tests/run-all $(BUILD)

# The same tests on a build with AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize-test: test-deps
	@$(MAKE) --no-print-directory BUILD=build-san SANITIZE=1 all \
	    $(patsubst $(BUILD)/%,build-san/%,$(UNIT_TESTS)) build-san/gen_export
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    tests/run-all build-san

# Runs libFuzzer on the reading layer for FUZZ_SECONDS; crashes land in build-fuzz/.
fuzz: test-deps
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang CXX=clang++ \
	    CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined" \
	    CXXFLAGS="-O1 -g -fsanitize=address,undefined" $(patsubst $(BUILD)/%,build-fuzz/%,$(LIB_OBJECTS))
	clang -std=c11 $(CPPFLAGS) -O1 -g -fsanitize=fuzzer-no-link,address,undefined -c -o build-fuzz/fuzz_input.o \
	    tests/fuzz/fuzz_input.c
	clang++ -fsanitize=fuzzer,address,undefined -o build-fuzz/fuzz_input build-fuzz/fuzz_input.o \
	    $(patsubst $(BUILD)/%,build-fuzz/%,$(LIB_OBJECTS)) $(LDLIBS)
	@mkdir -p build-fuzz/corpus
	cp tests/fuzz/corpus/* tests/fuzz/regressions/* build-fuzz/corpus/
	@build-fuzz/fuzz_input -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -artifact_prefix=build-fuzz/ \
	    build-fuzz/corpus >build-fuzz/fuzz.log 2>&1; status=$$?; tail -n 4 build-fuzz/fuzz.log; exit $$status

# Measures wall time and peak memory of a quarterly run on a Haarlem-size export and on
# one ten times larger (generated once into $(BENCH_DIR), default /tmp/wijkrapport-bench).
bench: test-deps
	@tools/install-deps hyperfine time
	@$(MAKE) --no-print-directory all $(BUILD)/gen_export
	@tools/bench $(BUILD)

# Regenerates the committed sample export (deterministic).
sample: $(BUILD)/gen_export
	$(BUILD)/gen_export --profiel voorbeeld --uitvoer sample-data

$(BUILD)/gen_export: $(wildcard tools/gen_export*.c)
	@mkdir -p $(BUILD)
	$(CC) -std=c11 $(WARN) $(CPPFLAGS) -O2 -o $@ $^ -lm

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/wijkrapport/templates \
	    $(DESTDIR)$(PREFIX)/share/wijkrapport/fonts
	install -m 755 $(BUILD)/wijkrapport $(DESTDIR)$(PREFIX)/bin/wijkrapport
	install -m 644 templates/*.md templates/*.ini $(DESTDIR)$(PREFIX)/share/wijkrapport/templates/
	install -d $(DESTDIR)$(PREFIX)/share/wijkrapport/templates/delen
	install -m 644 templates/delen/*.md $(DESTDIR)$(PREFIX)/share/wijkrapport/templates/delen/
	install -m 644 fonts/*.ttf fonts/LICENSE.txt fonts/README.md $(DESTDIR)$(PREFIX)/share/wijkrapport/fonts/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/wijkrapport
	rm -rf $(DESTDIR)$(PREFIX)/share/wijkrapport

clean:
	rm -rf build build-san build-fuzz out
