//! Numeric claims (being written).
