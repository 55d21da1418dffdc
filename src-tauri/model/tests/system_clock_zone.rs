//! The computer's clock notices a change of time zone while the app runs:
//! chrono's `Local` reads `TZ` (or `/etc/localtime`'s change time) again at
//! most once a second, so `SystemClock::local_offset` follows a laptop
//! carried to another zone without any cache of its own. `TZ` is set here
//! because a test cannot move the computer's `/etc/localtime`; the same
//! check covers both. Alone in its file: the environment is the process's.
#![cfg(unix)]

use chrono::FixedOffset;
use std::time::{Duration, Instant};
use waping_model::domain::{Clock, SystemClock};

/// Waits (up to a generous deadline: chrono looks again after a second)
/// until the system clock's local offset is `hours` east of UTC.
fn offset_becomes(hours: i32) {
    let wanted = FixedOffset::east_opt(hours * 3600).unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let offset = SystemClock.local_offset();
        if offset == wanted {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "the system clock still reads {offset}, not {wanted}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_system_clock_reads_a_new_time_zone_while_running() {
    // São Paulo, then Lisbon in summer, as POSIX zone strings (no zone
    // files needed).
    std::env::set_var("TZ", "<-03>3");
    offset_becomes(-3);
    std::env::set_var("TZ", "<+01>-1");
    offset_becomes(1);
}
