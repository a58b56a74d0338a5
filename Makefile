# Two commands for a newcomer: `make run` serves the API, `make test` runs every check.
# Both install what they need by themselves (virtualenv, Python packages, OPA; PostgreSQL for
# the tests) and are safe to run again.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install opa postgres migrate lint publiccode typecheck policy-test openapi-lint pytest clean bench

$(STAMP): pyproject.toml clients/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]" -e clients
	touch $(STAMP)

install: $(STAMP)

opa:
	@tools/opa/build.sh >/dev/null

migrate: install
	$(BIN)/aanwas db upgrade

# Serves http://127.0.0.1:8000 on the embedded SQLite default, with OPA as a child process.
run: install opa
	$(BIN)/aanwas serve

policy-test: install opa
	$$(tools/opa/build.sh) fmt --fail -l policies/
	$$(tools/opa/build.sh) check --strict policies/
	$$(tools/regal/build.sh) lint policies/
	$$(tools/opa/build.sh) test policies/ -v --timeout 600s
	@$$(tools/opa/build.sh) test policies/ --timeout 600s --coverage --threshold 95 > $(VENV)/policy-coverage.json \
		|| { echo "Rego coverage below 95%: see $(VENV)/policy-coverage.json"; exit 1; }
	@$(PYTHON) -c "import json; print('Rego coverage:', json.load(open('$(VENV)/policy-coverage.json'))['coverage'], '%')"

lint: install publiccode
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# publiccode.yml against the Standard for Public Code 0.4 (its JSON schema, offline; the Go
# publiccode-parser is not served here: tools/publiccode/validate.py says why).
publiccode: install
	$(BIN)/python tools/publiccode/validate.py publiccode.yml

pytest: install opa
	@pg_url=$$(tools/postgres.sh) || { echo "PostgreSQL for the tests did not start" >&2; exit 1; }; \
	opa=$$(tools/opa/build.sh) || exit 1; \
	tools/wrk.sh >/dev/null || { echo "wrk for the benchmark's short run did not install" >&2; exit 1; }; \
	echo "pytest on SQLite and $$pg_url, OPA $$opa"; \
	AANWAS_TEST_POSTGRES_URL=$$pg_url AANWAS_OPA_BINARY=$$opa $(BIN)/pytest

# The OpenAPI document against the NL API Design Rules (../shared/conformance), with Spectral.
openapi-lint: install
	tools/openapi-lint.sh

test: policy-test lint openapi-lint generators pytest

clean:
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache

# Benchmarks: ratios against a baseline measured in the same run (bench/README.md). About half
# an hour; the tests run each briefly. wrk comes from Debian's packages (tools/wrk.sh).
bench: install opa
	@tools/wrk.sh >/dev/null || { echo "make bench needs wrk (apt-get install wrk)" >&2; exit 1; }
	@pg_url=$$(tools/postgres.sh) || exit 1; opa=$$(tools/opa/build.sh) || exit 1; \
	AANWAS_TEST_POSTGRES_URL=$$pg_url AANWAS_OPA_BINARY=$$opa $(BIN)/python bench/request_path.py \
		--rounds 5 --seconds 10 --connections 16,64 --scale 2 && \
	AANWAS_OPA_BINARY=$$opa $(BIN)/python bench/policy_overhead.py && \
	$(BIN)/python bench/audit_verify.py && \
	AANWAS_TEST_POSTGRES_URL=$$pg_url $(BIN)/python bench/audit_verify.py 1000000 postgresql && \
	$(BIN)/python bench/envelope.py && \
	AANWAS_TEST_POSTGRES_URL=$$pg_url $(BIN)/python bench/envelope.py --postgresql

# The fault suite (docs/faults.md) at a larger size: each fault repeated AANWAS_FAULTS_SCALE
# times under concurrent pushes and reads. The normal test run includes it at size 1.
.PHONY: faults
faults: install opa
	@opa=$$(tools/opa/build.sh) || exit 1; \
	AANWAS_FAULTS_SCALE=$${AANWAS_FAULTS_SCALE:-5} AANWAS_OPA_BINARY=$$opa \
		$(BIN)/pytest tests/test_faults.py -v

.PHONY: fuzz generators

# The contract fuzz, long: schemathesis with every check, three roles, many examples per
# operation, one token per OpenAPI tag (docs/contract-testing.md). Not run by CI, which runs
# the same test with a few examples as part of `make pytest`.
FUZZ_MAX_EXAMPLES ?= 200
fuzz: install opa
	@pg_url=$$(tools/postgres.sh) || exit 1; opa=$$(tools/opa/build.sh) || exit 1; \
	AANWAS_TEST_POSTGRES_URL=$$pg_url AANWAS_OPA_BINARY=$$opa AANWAS_FUZZ_MAX_EXAMPLES=$(FUZZ_MAX_EXAMPLES) AANWAS_FUZZ_SEED= \
		$(BIN)/pytest tests/test_contract_fuzz.py -p no:randomly -q

# Generated clients from the OpenAPI document must come out without a warning: Python
# (openapi-python-client) and TypeScript (openapi-typescript, then tsc --strict).
generators: install
	tools/check_generators.sh

# Soak (not in CI; bench/README.md): ten minutes at 64 connections, half pushing and half
# reading, on SQLite and then PostgreSQL (both run); fails on memory growth, errors, a drifting
# p99 or a lost push.
.PHONY: soak
soak: install opa
	@tools/wrk.sh >/dev/null || { echo "make soak needs wrk (apt-get install wrk)" >&2; exit 1; }
	@pg_url=$$(tools/postgres.sh) || exit 1; opa=$$(tools/opa/build.sh) || exit 1; \
	AANWAS_OPA_BINARY=$$opa $(BIN)/python bench/soak.py --seconds 600 --connections 64 \
		--database sqlite; sqlite=$$?; \
	AANWAS_TEST_POSTGRES_URL=$$pg_url AANWAS_OPA_BINARY=$$opa $(BIN)/python bench/soak.py \
		--seconds 600 --connections 64 --database postgresql && exit $$sqlite
