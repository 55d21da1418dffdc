// No console window on Windows release builds; `status` still prints when run from a terminal.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    waping_desk::main()
}
