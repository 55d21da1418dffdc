//! QR rendering time: `cargo bench -p waping-core --bench qr`.

use std::time::Instant;
use waping_core::qr;

fn time(label: &str, f: impl Fn()) {
    for _ in 0..20 {
        f();
    }
    let runs = 500;
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "| {label} | median {:.3} ms, p95 {:.3} ms |",
        times[runs / 2],
        times[runs * 95 / 100]
    );
}

fn main() {
    // A WhatsApp-Web-sized payload (about 240 bytes).
    let payload = format!(
        "2@{},{}=,{}=,{}=",
        "A".repeat(60),
        "b".repeat(43),
        "c".repeat(43),
        "d".repeat(43)
    );
    time(&format!("QR as SVG ({} bytes)", payload.len()), || {
        qr::svg(&payload).unwrap();
    });
    time(
        &format!("QR as PNG ({} bytes, 8 px modules)", payload.len()),
        || {
            qr::png(&payload).unwrap();
        },
    );
}
