//! placeholder
pub(super) struct Registration;
pub(super) fn watch(_signals: super::Signals) -> Option<Registration> {
    None
}
