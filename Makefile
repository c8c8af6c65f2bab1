# Two commands do everything from a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo/marsad-demo.db

.PHONY: demo test install bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/marsad ingest demo/corpus --db $(DEMO_DB) || [ $$? -eq 1 ]
	$(BIN)/marsad stories --db $(DEMO_DB) --limit 8
	@echo
	@echo "The demo corpus is stored in $(DEMO_DB). Try next:"
	@echo "  $(BIN)/marsad read demo/corpus/seed/000_a68358c4f541d689.txt --format text --published 2018-01-13"
	@echo "  $(BIN)/marsad show f77f54d92b0e4fd98299023ea982af3c --db $(DEMO_DB)"
	@echo "  $(BIN)/marsad search 'سوتشي' --db $(DEMO_DB)"
	@echo "  $(BIN)/marsad quotes --speaker 'أردوغان' --db $(DEMO_DB)"
	@echo "  $(BIN)/marsad events --db $(DEMO_DB)"
	@echo "  $(BIN)/marsad entities --db $(DEMO_DB)"
	@echo "  $(BIN)/marsad dups --paragraphs --db $(DEMO_DB)"
	@echo "  $(BIN)/marsad story ID --db $(DEMO_DB)     (an id from the table above)"
	@echo "  $(BIN)/marsad rejects --db $(DEMO_DB)"

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_read.py

clean:
	rm -rf $(VENV) demo/*.db demo/*.db-*
