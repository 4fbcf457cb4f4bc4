# Two commands do all set-up on a fresh machine:
#   make demo   - creates .venv, installs replylint, lints the bundled example replies
#   make test   - creates .venv, installs replylint with every extra and the test tools, runs the whole suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip
# torch 2.13.0 is a CPU wheel on this kind of machine; any other spec pulls a multi-GB CUDA build.
TORCH  ?= torch==2.13.0

.PHONY: demo test docs bench clean models

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-base: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet --disable-pip-version-check "$(TORCH)"
	$(PIP) install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@ $(VENV)/.installed-base

demo: $(VENV)/.installed-base
	@echo "== replylint check examples/  (exit 1 means: problems found, as intended in these examples)"
	$(BIN)/replylint check examples/ ; test $$? -le 1

# the models of tone.unprofessional and toxicity.abusive (rules/*/model.json), trained again on
# tests/fixtures/phrasings.jsonl, with their held-out scores (benchmarks/results/models.json)
models: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/train_models.py

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q

docs: $(VENV)/.installed-base
	$(BIN)/python -m replylint.docsgen --write

# a second virtualenv with only the default install: cold start and RSS as users of `pip install replylint` see them
.venv-default/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-default
	.venv-default/bin/python -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

# LLM Guard for benchmarks/llm_guard_peer.py, in a virtualenv of its own: it pins transformers, presidio and
# regex to versions other than ours. Optional: without it that benchmark reports "skipped".
.venv-peers/.installed:
	$(PYTHON) -m venv .venv-peers
	.venv-peers/bin/python -m pip install --quiet --disable-pip-version-check "$(TORCH)"
	.venv-peers/bin/python -m pip install --quiet --disable-pip-version-check llm-guard==0.3.16
	@touch $@

bench: $(VENV)/.installed-dev .venv-default/.installed
	$(PIP) install --quiet --disable-pip-version-check -e '.[bench]'
	-$(MAKE) .venv-peers/.installed
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .venv-default .venv-peers build dist *.egg-info .pytest_cache .hypothesis
