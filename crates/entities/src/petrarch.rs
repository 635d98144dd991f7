//! PETRARCH importer (placeholder)
