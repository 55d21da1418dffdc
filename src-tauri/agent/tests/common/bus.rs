//! A D-Bus of the test binary's own, standing in for the desktop's session
//! bus or the computer's system bus: nothing can be started on it by name,
//! and only what the test serves answers there.

use std::process::{Child, Command, Stdio};

/// The bus daemon, ended when dropped.
pub struct Bus(Child);

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

const BUS_CONFIG: &str = r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#;

/// Starts a bus and points `variable` (`DBUS_SESSION_BUS_ADDRESS` or
/// `DBUS_SYSTEM_BUS_ADDRESS`) of this process at it.
pub fn private_bus(variable: &str) -> Bus {
    use std::io::{BufRead, BufReader};
    let config = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "private-bus-{}-{variable}.conf",
        std::process::id()
    ));
    std::fs::write(&config, BUS_CONFIG).unwrap();
    let mut child = Command::new("dbus-daemon")
        .arg(format!("--config-file={}", config.display()))
        .args(["--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("dbus-daemon (package dbus) is installed");
    let mut address = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut address)
        .unwrap();
    let _ = std::fs::remove_file(&config);
    assert!(!address.trim().is_empty(), "dbus-daemon gave no address");
    // Set before anything in this test binary reads it: each binary that
    // serves on a private bus starts it once, before its agents.
    std::env::set_var(variable, address.trim());
    Bus(child)
}
