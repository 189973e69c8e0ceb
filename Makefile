# wijkrapport: a plain Makefile. `make run` and `make test` first install missing
# Debian packages (as root), then build.

PREFIX  ?= /usr/local
DESTDIR ?=
BINDIR  ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/wijkrapport
MANDIR  ?= $(PREFIX)/share/man
DOCDIR  ?= $(PREFIX)/share/doc/wijkrapport
COMPLETIONDIR ?= $(PREFIX)/share/bash-completion/completions
VERSION := 0.1.0

BUILD   ?= build
CC      ?= cc
CXX     ?= c++
SANITIZE ?=

PKGS     := libcmark-gfm xlsxwriter inih libctemplate_nothreads gsl libqpdf
WARN     := -Wall -Wextra -Werror
CPPFLAGS += -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -DWR_VERSION='"$(VERSION)"' \
            -DWR_DATADIR='"$(DATADIR)"' -Isrc
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
# Fuzz targets (tests/fuzz/README.md): every tests/fuzz/fuzz_<target>.c, each with
# a replay driver the test suite runs over its corpus and regression inputs.
FUZZ_TARGETS := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
UNIT_TESTS := $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c)) \
              $(FUZZ_TARGETS:%=$(BUILD)/tests/fuzz_replay_%)
# The whole libFuzzer run of `make fuzz`, divided over the targets.
FUZZ_SECONDS ?= 60

# Debian packages needed to build, and to run the tests.
BUILD_DEPS := gcc g++ make pkg-config libhpdf-dev libxlsxwriter-dev libcsv-dev libctemplate-dev libqpdf-dev \
              libcmark-gfm-dev libcmark-gfm-extensions-dev libhyphen-dev hyphen-nl libinih-dev libgsl-dev icc-profiles-free \
              fonts-dejavu-core python3
# The Debian package build (make deb) and what the installed package depends on.
PACKAGE_DEPS := build-essential debhelper dpkg-dev fonts-open-sans
TEST_DEPS  := poppler-utils qpdf python3 python3-openpyxl clang libclang-rt-14-dev libreoffice-calc locales \
              chromium $(PACKAGE_DEPS) lintian bash-completion man-db
# The browser test of the HTML reports: playwright-core, axe-core and html-validate from
# npm as pinned in its package-lock.json (Node comes with the machine); the browser is
# Debian's chromium.
HTML_TEST_DIR := tests/e2e/html

.PHONY: all man deps test-deps run test unit-test package-test sanitize-build sanitize-test fuzz bench install uninstall deb \
        clean sample

all: $(BUILD)/wijkrapport

# The man page: docs/wijkrapport.1.in with the synopsis, commands, options and exit
# statuses taken from --help. Dated by SOURCE_DATE_EPOCH (set by dpkg-buildpackage) or
# the last commit, so the page is reproducible.
MAN_EPOCH = $(or $(SOURCE_DATE_EPOCH),$(shell git log -1 --format=%ct 2>/dev/null),0)
man: $(BUILD)/wijkrapport.1

$(BUILD)/wijkrapport.1: $(BUILD)/wijkrapport docs/wijkrapport.1.in tools/make-manpage $(BUILD)/install-dirs
	tools/make-manpage $(BUILD)/wijkrapport docs/wijkrapport.1.in $(DATADIR) $(DOCDIR) \
	    $$(date -u -d @$(MAN_EPOCH) +%Y-%m-%d) >$@.tmp && mv $@.tmp $@

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

$(BUILD)/tests/fuzz_replay_%: tests/fuzz/replay.c tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(LIB_OBJECTS)
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(WARN) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -DFUZZ_TARGET='"$*"' -Itests/fuzz $(LDFLAGS) -o $@ \
	    tests/fuzz/replay.c tests/fuzz/fuzz_$*.c $(LIB_OBJECTS) $(LDLIBS)

# A libFuzzer binary (only in `make fuzz`, which sets CC=clang and the sanitizers).
$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(LIB_OBJECTS)
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(WARN) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -Itests/fuzz -c -o $@.o $<
	$(CXX) -fsanitize=fuzzer,address,undefined -o $@ $@.o $(LIB_OBJECTS) $(LDLIBS)

-include $(OBJECTS:.o=.d)

# The installation folders the program and the man page were built for; rewritten only
# when they change, so `make install PREFIX=/usr` after `make all` rebuilds what names them.
$(BUILD)/install-dirs: FORCE
	@mkdir -p $(BUILD)
	@echo '$(DATADIR) $(DOCDIR)' | cmp -s - $@ || echo '$(DATADIR) $(DOCDIR)' >$@
$(BUILD)/src/app/main.o: $(BUILD)/install-dirs
FORCE:

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
	$(BUILD)/wijkrapport financien --gegevens sample-data --uitvoer out
	@# The Kadernota looks ahead to the year after the last year in the export.
	$(BUILD)/wijkrapport kadernota $$(( $$($(BUILD)/wijkrapport perioden --gegevens sample-data | grep -E '^[0-9]{4}$$' | tail -n 1) + 1 )) --gegevens sample-data --uitvoer out

# The disclosure attack (tests/e2e/test_disclosure.py) generates its exports with gen_export.
test: test-deps
	@$(MAKE) --no-print-directory all $(UNIT_TESTS) $(BUILD)/gen_export
	@tests/run-all $(BUILD)

# The unit tests alone: they need only the build dependencies (the package build runs them).
unit-test: all $(UNIT_TESTS)
	@tests/run-all $(BUILD) unit

# Builds the Debian package, checks it with lintian, installs it with dpkg, runs it on the
# packaged sample and purges it again: needs root, as in CI.
package-test: test-deps
	@$(MAKE) --no-print-directory all
	@WIJKRAPPORT=$(BUILD)/wijkrapport /usr/bin/python3 tests/package/test_package.py

# The Debian package (debian/), built from a copy of the tree: dpkg-buildpackage cleans
# the tree it builds and writes into its parent folder. Results land in $(BUILD)/deb/.
deb:
	@tools/install-deps $(BUILD_DEPS) $(PACKAGE_DEPS)
	tools/build-deb $(BUILD)/deb

# The sanitizer build alone: its -O1 gives other warnings than the -O2 build, so CI builds
# it first and a warning fails within minutes instead of after the whole suite.
sanitize-build: test-deps
	@$(MAKE) --no-print-directory BUILD=build-san SANITIZE=1 all \
	    $(patsubst $(BUILD)/%,build-san/%,$(UNIT_TESTS)) build-san/gen_export

# The same tests on a build with AddressSanitizer and UndefinedBehaviorSanitizer, except
# the disclosure attack (tests/e2e/test_disclosure.py): it checks figures, not memory, by
# running the same code as the other tests hundreds of times, and is the longest test.
sanitize-test: sanitize-build
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    SKIP_E2E="test_disclosure.py" tests/run-all build-san

# Builds every fuzz target with clang, libFuzzer and the sanitizers and runs each for
# FUZZ_SECONDS divided over the targets (tests/fuzz/run-fuzz); a crash or a failed
# property fails it, and the input lands in build-fuzz/artifacts/.
fuzz: test-deps
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang CXX=clang++ \
	    CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
	    CXXFLAGS="-O1 -g -fsanitize=address,undefined" $(FUZZ_TARGETS:%=build-fuzz/fuzz/fuzz_%)
	@tests/fuzz/run-fuzz build-fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# Measures, against the floor (one libcsv pass over the same files, tools/csv_floor.c),
# the quarterly, annual and controleer runs on a Haarlem-size export and on one ten times
# larger (generated once into BENCH_DIR, default /tmp/wijkrapport-bench; BENCH_DERTIG=1
# adds thirty times): best and mean wall time, peak memory and the time per stage.
bench: test-deps
	@tools/install-deps hyperfine time
	@$(MAKE) --no-print-directory all $(BUILD)/gen_export $(BUILD)/csv_floor
	@tools/bench $(BUILD)

# Regenerates the committed sample export (deterministic).
sample: $(BUILD)/gen_export
	$(BUILD)/gen_export --profiel voorbeeld --uitvoer sample-data

$(BUILD)/csv_floor: tools/csv_floor.c
	@mkdir -p $(BUILD)
	$(CC) -std=c11 $(WARN) -O2 -o $@ $< -lcsv

$(BUILD)/gen_export: $(wildcard tools/gen_export*.c)
	@mkdir -p $(BUILD)
	$(CC) -std=c11 $(WARN) $(CPPFLAGS) -O2 -o $@ $^ -lm

# The program, its templates and fonts, the sample export (DATADIR/voorbeeld), the man
# page, the bash completion and the user documentation. debian/rules uses this too.
install: all man
	install -D -m 755 $(BUILD)/wijkrapport $(DESTDIR)$(BINDIR)/wijkrapport
	find templates -type f \( -name '*.md' -o -name '*.ini' \) -exec install -D -m 644 {} '$(DESTDIR)$(DATADIR)/{}' \;
	install -D -m 644 -t $(DESTDIR)$(DATADIR)/fonts fonts/*.ttf fonts/LICENSE.txt fonts/README.md
	cd sample-data && find . -type f -exec install -D -m 644 {} '$(DESTDIR)$(DATADIR)/voorbeeld/{}' \;
	install -D -m 644 $(BUILD)/wijkrapport.1 $(DESTDIR)$(MANDIR)/man1/wijkrapport.1
	install -D -m 644 completion/wijkrapport $(DESTDIR)$(COMPLETIONDIR)/wijkrapport
	install -D -m 644 -t $(DESTDIR)$(DOCDIR) README.md docs/cijfers.md docs/grafieken.md

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/wijkrapport $(DESTDIR)$(MANDIR)/man1/wijkrapport.1 \
	    $(DESTDIR)$(COMPLETIONDIR)/wijkrapport
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)

clean:
	rm -rf build build-san build-fuzz out
