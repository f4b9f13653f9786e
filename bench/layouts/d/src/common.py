"""Shared helpers for the NT01-NT10 synthetic referral generator."""

def luhn_npi(base9: str) -> str:
    """Return 10-digit NPI: base9 + Luhn check digit computed over '80840'+base9."""
    assert len(base9) == 9 and base9.isdigit()
    s = "80840" + base9
    total = 0
    # rightmost digit of s is doubled (check digit will be appended to the right)
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)

def luhn_ok(npi: str) -> bool:
    s = "80840" + npi
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

def ph(d, style="paren"):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}",
            "raw": d, "paren0": f"({a}){b}-{c}"}[style]

BASE_CSS = """
@page { size: letter; margin: 0.6in; }
html, body { margin:0; padding:0; }
body { color:#000; }
.pb { page-break-before: always; }
table { border-collapse: collapse; }
"""
