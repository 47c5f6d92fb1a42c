# Build and install cfag like any other Unix program:
#   make                     release build of cfag (Swift's libraries linked in)
#   make install             PREFIX=/usr/local by default; DESTDIR is put in front, for packagers
#   make uninstall           removes exactly what install put there
# Installs bin/cfag, share/cfag/themes/*.yaml (found by the installed cfag on its own),
# share/man/man1/cfag.1, and bash, zsh and fish completions in their usual folders.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
# Every function in a section of its own, so that the link can place those the start runs side by side
# (Package.swift, Sources/cfag/symbol-order.txt); and the metadata of generic types such as a dictionary
# of strings made by calling its accessor with the conformances the compiler knows, not by looking the
# type up by its mangled name, which searches all of the program's conformances once for each (BENCHMARKS.md).
SWIFTFLAGS ?= -c release --static-swift-stdlib -Xswiftc -Xfrontend -Xswiftc -function-sections \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors

GENERATED := .build/cfag-install

bindir := $(DESTDIR)$(PREFIX)/bin
datadir := $(DESTDIR)$(PREFIX)/share
themedir := $(datadir)/cfag/themes
mandir := $(datadir)/man/man1
bashdir := $(datadir)/bash-completion/completions
zshdir := $(datadir)/zsh/site-functions
fishdir := $(datadir)/fish/vendor_completions.d
THEMES := $(notdir $(wildcard Themes/*.yaml))

.PHONY: all build generated install uninstall swiftflags

all: build

build:
	$(SWIFT) build $(SWIFTFLAGS) --product cfag
	$(SWIFT) build $(SWIFTFLAGS) --product generate-manual

# The man page and completions are made from the built program's own help, so they never drift.
generated: build
	rm -rf $(GENERATED) && mkdir -p $(GENERATED)
	bin=$$($(SWIFT) build $(SWIFTFLAGS) --show-bin-path) && cp "$$bin/cfag" $(GENERATED)/cfag && \
	  "$$bin/generate-manual" "$$bin/cfag" --output-directory $(GENERATED)
	$(GENERATED)/cfag --generate-completion-script bash > $(GENERATED)/cfag.bash
	$(GENERATED)/cfag --generate-completion-script zsh > $(GENERATED)/_cfag
	$(GENERATED)/cfag --generate-completion-script fish > $(GENERATED)/cfag.fish

install: generated
	install -d $(bindir) $(themedir) $(mandir) $(bashdir) $(zshdir) $(fishdir)
	install -m 755 $(GENERATED)/cfag $(bindir)/cfag
	install -m 644 $(addprefix Themes/,$(THEMES)) $(themedir)/
	install -m 644 $(GENERATED)/cfag.1 $(mandir)/cfag.1
	install -m 644 $(GENERATED)/cfag.bash $(bashdir)/cfag
	install -m 644 $(GENERATED)/_cfag $(zshdir)/_cfag
	install -m 644 $(GENERATED)/cfag.fish $(fishdir)/cfag.fish

# The release build's flags, for Benchmarks/run and Benchmarks/symbol-order, which build as install does.
swiftflags:
	@echo $(SWIFTFLAGS)

uninstall:
	rm -f $(bindir)/cfag $(mandir)/cfag.1 $(bashdir)/cfag $(zshdir)/_cfag $(fishdir)/cfag.fish
	rm -f $(addprefix $(themedir)/,$(THEMES))
	-rmdir $(themedir) $(datadir)/cfag 2>/dev/null
