"""PDF reports with reportlab (PDF/A-2b, embedded fonts). No Qt here."""
