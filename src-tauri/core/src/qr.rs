//! QR codes rendered locally: SVG for the pairing view, PNG to copy or save.
//!
//! Chosen for phones reading a screen: error correction M (15 %) keeps the
//! code small enough to scan from across a desk yet survives glare, and the
//! standard 4-module quiet zone. Dark modules always sit on a light field,
//! whatever the app's theme, because scanners expect dark-on-light.

use image::{ImageEncoder, Luma};
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

const DARK: &str = "#000000";
const LIGHT: &str = "#ffffff";
/// Pixels per module in the PNG: crisp when pasted or printed.
const PNG_MODULE_PX: u32 = 8;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("cannot draw this QR code: {0}")]
pub struct QrError(String);

fn encode(payload: &str) -> Result<QrCode, QrError> {
    QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M)
        .map_err(|e| QrError(e.to_string()))
}

/// A scalable SVG (it fills its container; the view sets the size).
pub fn svg(payload: &str) -> Result<String, QrError> {
    let code = encode(payload)?;
    Ok(code
        .render::<svg::Color<'_>>()
        .quiet_zone(true)
        .min_dimensions(256, 256)
        .dark_color(svg::Color(DARK))
        .light_color(svg::Color(LIGHT))
        .build())
}

/// A PNG of the code.
pub fn png(payload: &str) -> Result<Vec<u8>, QrError> {
    let code = encode(payload)?;
    let img = code
        .render::<Luma<u8>>()
        .quiet_zone(true)
        .module_dimensions(PNG_MODULE_PX, PNG_MODULE_PX)
        .dark_color(Luma([0]))
        .light_color(Luma([255]))
        .build();
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new(&mut out)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::L8,
        )
        .map_err(|e| QrError(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(png_bytes: &[u8]) -> String {
        let img = image::load_from_memory(png_bytes).unwrap().to_luma8();
        let mut prepared = rqrr::PreparedImage::prepare(img);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the image");
        grids[0].decode().unwrap().1
    }

    #[test]
    fn png_round_trips_payloads_of_every_size_a_pairing_uses() {
        for len in [20, 60, 120, 180, 240, 300] {
            let payload: String = format!("2@{}", "AbC9+/xYz0".repeat(30))[..len].to_owned();
            assert_eq!(decode(&png(&payload).unwrap()), payload, "{len} bytes");
        }
    }

    #[test]
    fn svg_is_dark_on_light_with_a_quiet_zone() {
        let drawn = svg("2@hello,world").unwrap();
        assert!(drawn.starts_with("<?xml") && drawn.contains("<svg"));
        assert!(drawn.contains(r##"fill="#ffffff""##) && drawn.contains(r##"fill="#000000""##));
        assert!(!drawn.contains("script"));
    }

    #[test]
    fn oversized_payloads_are_an_error_not_a_panic() {
        assert!(png(&"x".repeat(5000)).is_err());
        assert!(svg(&"x".repeat(5000)).is_err());
    }
}
