# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# torch comes first and pinned: an unpinned torch pulls a multi-GB CUDA build.
TORCH  := torch==2.13.0

.PHONY: install models demo java test chromium screenshots bench bench-quick lint clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q $(TORCH)
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

# Exports MiniLM to int8 ONNX and distils the static model into ~/.cache/unspun (skipped when present).
models: $(STAMP)
	$(BIN)/unspun prepare

demo: models
	mkdir -p out
	$(BIN)/unspun compare examples/original.txt examples/spun_copy.txt --html out/demo.html
	@echo "HTML report: out/demo.html"
	@# a fresh store each time: one left by an older version holds settings and verdicts of other rules
	rm -f out/demo.db out/demo.db-wal out/demo.db-shm out/demo.db.candidates.npz out/demo.db.lock
	$(BIN)/unspun index examples/original.txt examples/spun_copy.txt --db out/demo.db --workers 1
	@echo "Web app on a small store of the examples: . .venv/bin/activate && unspun serve --db out/demo.db"
	@echo "  then open http://127.0.0.1:8765/"

# The browser tests drive Debian's Chromium through Playwright (never 'playwright install').
chromium:
	@test -x /usr/bin/chromium || { apt-get update -qq && apt-get install -y -qq chromium; } \
	  || echo "could not install chromium (not root?): the browser tests will be skipped"

# The Spark tests need a Java runtime (17): installed here when missing, as CI runs on a fresh machine.
java:
	command -v java >/dev/null || (apt-get update -q && apt-get install -y -q openjdk-17-jre-headless)

test: models java chromium
	$(BIN)/python -m pytest -q

screenshots: models chromium
	UNSPUN_SCREENSHOTS=docs $(BIN)/python -m pytest -q tests/test_web_browser.py

bench: models
	$(BIN)/python -m bench.run

bench-quick: models
	$(BIN)/python -m bench.run --quick --out /tmp/unspun-RESULTS.quick.md

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache
