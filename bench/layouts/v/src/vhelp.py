"""Layout helpers for set V (large-EHR / practice-management printouts): label:value grids, data tables,
patient banners and print footers. Standard library only."""


def kvgrid(rows, cls="kv"):
    """rows: list of rows, each a list of (label, value) pairs; a pair may be ('', '') for an empty cell.
    A pair given as (label, value, span) spans `span` value cells."""
    out = [f'<table class="{cls}">']
    for r in rows:
        out.append("<tr>")
        for p in r:
            span = p[2] if len(p) > 2 else 1
            cs = f' colspan="{2 * span - 1}"' if span > 1 else ""
            out.append(f'<td class="l">{p[0]}</td><td class="v"{cs}>{p[1]}</td>')
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def dtable(head, rows, cls="dt", widths=None):
    out = [f'<table class="{cls}">']
    if widths:
        out.append("<colgroup>" + "".join(f'<col style="width:{w}">' for w in widths) + "</colgroup>")
    if head:
        out.append("<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def sheet(inner):
    return f'<div class="sheet"><div class="inner">{inner}</div></div>'
