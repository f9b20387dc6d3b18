"""optout: an ACS-compatible SMS opt-out service. All behaviour lives here; function_app.py only adapts triggers."""
