# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# torch comes first and pinned: an unpinned torch pulls a multi-GB CUDA build.
TORCH  := torch==2.13.0

.PHONY: install models demo java test bench bench-quick lint clean

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

# The Spark tests need a Java runtime (17): installed here when missing, as CI runs on a fresh machine.
java:
	command -v java >/dev/null || (apt-get update -q && apt-get install -y -q openjdk-17-jre-headless)

test: models java
	$(BIN)/python -m pytest -q

bench: models
	$(BIN)/python -m bench.run

bench-quick: models
	$(BIN)/python -m bench.run --quick --out /tmp/unspun-RESULTS.quick.md

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache
