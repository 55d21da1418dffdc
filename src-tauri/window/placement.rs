//! The window's size and place, kept with tauri-plugin-store between one
//! window process and the next (closing the window ends its process).

use serde::{Deserialize, Serialize};
use tauri::{Manager, Runtime, WebviewWindow, WebviewWindowBuilder};
use tauri_plugin_store::StoreExt;

const FILE: &str = "window.json";
const KEY: &str = "main";
/// Larger than any screen; smaller than the configured minimum is refused too.
const MAX_SIDE: f64 = 10_000.0;

/// Logical pixels, as the window builder takes them.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// A monitor's area in logical pixels: x, y, width, height.
type Area = (f64, f64, f64, f64);

impl Placement {
    fn sized(&self, min: (f64, f64)) -> bool {
        [self.width, self.height, self.x, self.y]
            .iter()
            .all(|v| v.is_finite())
            && (min.0..=MAX_SIDE).contains(&self.width)
            && (min.1..=MAX_SIDE).contains(&self.height)
    }

    /// Whether the title bar would be on a monitor that is still there (a
    /// window saved on an unplugged screen opens where the system puts it).
    fn on_screen(&self, monitors: &[Area]) -> bool {
        let (px, py) = (self.x + 40.0, self.y + 10.0);
        monitors
            .iter()
            .any(|&(x, y, w, h)| px >= x && px < x + w && py >= y && py < y + h)
    }
}

fn monitors<R: Runtime>(app: &tauri::AppHandle<R>) -> Vec<Area> {
    app.available_monitors()
        .unwrap_or_default()
        .iter()
        .map(|m| {
            let scale = m.scale_factor();
            let (pos, size) = (m.position(), m.size());
            (
                f64::from(pos.x) / scale,
                f64::from(pos.y) / scale,
                f64::from(size.width) / scale,
                f64::from(size.height) / scale,
            )
        })
        .collect()
}

fn saved<R: Runtime>(app: &tauri::AppHandle<R>) -> Option<Placement> {
    let value = app.store(FILE).ok()?.get(KEY)?;
    serde_json::from_value(value).ok()
}

/// The builder with the last window's size, and its place if still on screen.
pub fn restore<'a, R: Runtime, M: Manager<R>>(
    app: &tauri::AppHandle<R>,
    builder: WebviewWindowBuilder<'a, R, M>,
    min: (f64, f64),
) -> WebviewWindowBuilder<'a, R, M> {
    let Some(placement) = saved(app).filter(|p| p.sized(min)) else {
        return builder;
    };
    let builder = builder.inner_size(placement.width, placement.height);
    if placement.on_screen(&monitors(app)) {
        builder.position(placement.x, placement.y)
    } else {
        builder
    }
}

/// Keeps the window's size and place for the next window.
pub fn remember<R: Runtime>(window: &WebviewWindow<R>) {
    let (Ok(scale), Ok(size), Ok(position)) = (
        window.scale_factor(),
        window.inner_size(),
        window.outer_position(),
    ) else {
        return;
    };
    let (size, position) = (
        size.to_logical::<f64>(scale),
        position.to_logical::<f64>(scale),
    );
    let placement = Placement {
        x: position.x,
        y: position.y,
        width: size.width,
        height: size.height,
    };
    let saved = window.app_handle().store(FILE).map(|store| {
        store.set(KEY, serde_json::json!(placement));
        store.save()
    });
    if let Err(e) = saved.and_then(|r| r) {
        tracing::warn!("the window's size and place were not kept: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f64, y: f64, width: f64, height: f64) -> Placement {
        Placement {
            x,
            y,
            width,
            height,
        }
    }

    #[test]
    fn only_sane_sizes_are_restored() {
        let min = (360.0, 480.0);
        assert!(at(0.0, 0.0, 1040.0, 720.0).sized(min));
        assert!(!at(0.0, 0.0, 100.0, 720.0).sized(min), "under the minimum");
        assert!(
            !at(0.0, 0.0, 1040.0, 1e9).sized(min),
            "larger than any screen"
        );
        assert!(!at(f64::NAN, 0.0, 1040.0, 720.0).sized(min));
    }

    #[test]
    fn a_place_on_a_screen_that_is_gone_is_not_restored() {
        let screens = [(0.0, 0.0, 1280.0, 800.0), (1280.0, 0.0, 1920.0, 1080.0)];
        assert!(at(100.0, 50.0, 800.0, 600.0).on_screen(&screens));
        assert!(
            at(1500.0, 50.0, 800.0, 600.0).on_screen(&screens),
            "the second screen"
        );
        assert!(
            !at(3500.0, 50.0, 800.0, 600.0).on_screen(&screens),
            "unplugged"
        );
        assert!(
            !at(100.0, -500.0, 800.0, 600.0).on_screen(&screens),
            "title bar off screen"
        );
        assert!(!at(100.0, 50.0, 800.0, 600.0).on_screen(&[]));
    }
}
