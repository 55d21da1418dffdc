# `make run` sets up and opens the app; `make test` sets up and runs every test.
.PHONY: setup ui run test sim status bench-app bench-soak bench-idle bench-wake

setup:
	bash .ci/setup

ui: setup
	cd ui && npm run build

# The window starts the agent binary beside it, so both are built.
run: ui
	cargo build -p waping-desk-agent
	cargo run --bin waping-desk

test: setup
	bash .ci/test

# A standalone simulator to point the app or `waping-desk status` at. For
# answers shaped otherwise than the assumed contract, add
# `--wire-profile NAME [--page-size N]` to the simulator's arguments
# (`waping-desk-sim --help` lists the profiles and what each sends).
sim:
	cargo run -p waping-core --bin waping-desk-sim -- --port 8787 --plan growth --devices 5

status:
	cargo run --bin waping-desk -- status --demo

# The Debian package (target/release/bundle/deb/), and its install test on a clean Debian 12.
.PHONY: deb deb-test rpm rpm-test
deb: setup
	ui/node_modules/.bin/tauri build --bundles deb --config src-tauri/window/bundle.conf.json

# The RPM package (target/release/bundle/rpm/), and the check of its contents.
rpm: setup
	ui/node_modules/.bin/tauri build --bundles rpm --config src-tauri/window/bundle.conf.json

rpm-test: setup
	bash tests/package/rpm.sh

deb-test: setup
	bash tests/package/deb.sh

# Start-up and memory of the real app (release build; about 25 minutes). Not part of `make test`.
bench-app:
	bash bench/app.sh

# An hour of 50 flapping phones pushing webhooks to the real agent, with both
# hooks on and a flood of idle connections (release build). Not part of
# `make test`; `SOAK_SECS=120 SOAK_PROFILE=debug make bench-soak` checks it quickly.
bench-soak:
	bash bench/soak.sh

# The agent in the tray for 10 minutes, 50 phones and nothing changing: its
# wakeups, CPU time, disk writes and memory (release build). Not part of
# `make test`; `IDLE_SECS=60 make bench-idle` takes a quick look.
bench-idle:
	bash bench/idle.sh

# Time to fresh states after logind says the computer woke, against the next poll
# at the end of the interval when nothing told the monitor (release build; about
# 6 minutes, 20 runs of each). Not part of `make test`.
bench-wake:
	cargo bench -p waping-desk-agent --bench wake

# Fuzzing the reader of WAPing's answers for 5 minutes (needs `cargo install cargo-fuzz`;
# RUSTC_BOOTSTRAP lets it run on the stable toolchain). Not part of `make test`;
# the figures are in BENCHMARKS.md.
.PHONY: fuzz
fuzz:
	mkdir -p src-tauri/core/fuzz/corpus/read_answers
	cd src-tauri/core && RUSTC_BOOTSTRAP=1 cargo fuzz run read_answers \
		fuzz/corpus/read_answers tests/corpus fuzz/seeds -- -max_total_time=300
