"""Light fax noise for 1-bit page images (standard library only).

read_pbm() reads the P4 files that `pdftoppm -mono` writes; add_header() draws a
fax-machine header line (5x7 bitmap font) across the top; add_specks() scatters
a few specks; write_tiff() writes an uncompressed bilevel TIFF with the
resolution tags, which tiffcp then recompresses as G4.
"""
import random
import struct

FONT = {
    "A": ["01110", "10001", "10001", "11111", "10001", "10001", "10001"],
    "B": ["11110", "10001", "10001", "11110", "10001", "10001", "11110"],
    "C": ["01110", "10001", "10000", "10000", "10000", "10001", "01110"],
    "D": ["11110", "10001", "10001", "10001", "10001", "10001", "11110"],
    "E": ["11111", "10000", "10000", "11110", "10000", "10000", "11111"],
    "F": ["11111", "10000", "10000", "11110", "10000", "10000", "10000"],
    "G": ["01110", "10001", "10000", "10111", "10001", "10001", "01111"],
    "H": ["10001", "10001", "10001", "11111", "10001", "10001", "10001"],
    "I": ["01110", "00100", "00100", "00100", "00100", "00100", "01110"],
    "J": ["00111", "00010", "00010", "00010", "00010", "10010", "01100"],
    "K": ["10001", "10010", "10100", "11000", "10100", "10010", "10001"],
    "L": ["10000", "10000", "10000", "10000", "10000", "10000", "11111"],
    "M": ["10001", "11011", "10101", "10101", "10001", "10001", "10001"],
    "N": ["10001", "10001", "11001", "10101", "10011", "10001", "10001"],
    "O": ["01110", "10001", "10001", "10001", "10001", "10001", "01110"],
    "P": ["11110", "10001", "10001", "11110", "10000", "10000", "10000"],
    "Q": ["01110", "10001", "10001", "10001", "10101", "10010", "01101"],
    "R": ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
    "S": ["01111", "10000", "10000", "01110", "00001", "00001", "11110"],
    "T": ["11111", "00100", "00100", "00100", "00100", "00100", "00100"],
    "U": ["10001", "10001", "10001", "10001", "10001", "10001", "01110"],
    "V": ["10001", "10001", "10001", "10001", "10001", "01010", "00100"],
    "W": ["10001", "10001", "10001", "10101", "10101", "10101", "01010"],
    "X": ["10001", "10001", "01010", "00100", "01010", "10001", "10001"],
    "Y": ["10001", "10001", "01010", "00100", "00100", "00100", "00100"],
    "Z": ["11111", "00001", "00010", "00100", "01000", "10000", "11111"],
    "0": ["01110", "10001", "10011", "10101", "11001", "10001", "01110"],
    "1": ["00100", "01100", "00100", "00100", "00100", "00100", "01110"],
    "2": ["01110", "10001", "00001", "00010", "00100", "01000", "11111"],
    "3": ["11111", "00010", "00100", "00010", "00001", "10001", "01110"],
    "4": ["00010", "00110", "01010", "10010", "11111", "00010", "00010"],
    "5": ["11111", "10000", "11110", "00001", "00001", "10001", "01110"],
    "6": ["00110", "01000", "10000", "11110", "10001", "10001", "01110"],
    "7": ["11111", "00001", "00010", "00100", "01000", "01000", "01000"],
    "8": ["01110", "10001", "10001", "01110", "10001", "10001", "01110"],
    "9": ["01110", "10001", "10001", "01111", "00001", "00010", "01100"],
    " ": ["00000"] * 7,
    ":": ["00000", "01100", "01100", "00000", "01100", "01100", "00000"],
    "/": ["00000", "00001", "00010", "00100", "01000", "10000", "00000"],
    "-": ["00000", "00000", "00000", "11111", "00000", "00000", "00000"],
    ".": ["00000", "00000", "00000", "00000", "00000", "01100", "01100"],
    ",": ["00000", "00000", "00000", "00000", "01100", "00100", "01000"],
    "(": ["00010", "00100", "01000", "01000", "01000", "00100", "00010"],
    ")": ["01000", "00100", "00010", "00010", "00010", "00100", "01000"],
    "#": ["01010", "01010", "11111", "01010", "11111", "01010", "01010"],
    "&": ["01100", "10010", "10100", "01000", "10101", "10010", "01101"],
    "+": ["00000", "00100", "00100", "11111", "00100", "00100", "00000"],
    "'": ["01100", "00100", "01000", "00000", "00000", "00000", "00000"],
    "*": ["00000", "00100", "10101", "01110", "10101", "00100", "00000"],
    "=": ["00000", "00000", "11111", "00000", "11111", "00000", "00000"],
}


class Bitmap:
    def __init__(self, w, h, rows):
        self.w, self.h = w, h
        self.rows = rows  # list of bytearray, PBM packing (1 = black, MSB first)

    def set(self, x, y, v=1):
        if 0 <= x < self.w and 0 <= y < self.h:
            b = self.rows[y]
            if v:
                b[x >> 3] |= 0x80 >> (x & 7)
            else:
                b[x >> 3] &= ~(0x80 >> (x & 7)) & 0xFF

    def clear_band(self, y0, y1):
        for y in range(max(0, y0), min(self.h, y1)):
            self.rows[y][:] = bytes(len(self.rows[y]))


def read_pbm(path):
    data = open(path, "rb").read()
    tokens, pos = [], 0
    while len(tokens) < 3:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            while data[pos:pos + 1] not in (b"\n", b""):
                pos += 1
            continue
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        tokens.append(data[start:pos])
    pos += 1
    assert tokens[0] == b"P4", "expected a raw PBM (P4)"
    w, h = int(tokens[1]), int(tokens[2])
    rb = (w + 7) // 8
    rows = [bytearray(data[pos + y * rb: pos + (y + 1) * rb]) for y in range(h)]
    return Bitmap(w, h, rows)


def draw_text(bm, text, x, y, sx, sy):
    for ch in text.upper():
        g = FONT.get(ch, FONT[" "])
        for r, line in enumerate(g):
            for c, bit in enumerate(line):
                if bit == "1":
                    for dy in range(sy):
                        for dx in range(sx):
                            bm.set(x + c * sx + dx, y + r * sy + dy)
        x += 6 * sx
    return x


def add_header(bm, text, yres, right_text=""):
    """Fax header line: white band at the top, then the 5x7 text."""
    sy = 3 if yres > 150 else 2   # fine / standard rows per font pixel
    sx = 2
    top = 2 * sy
    bm.clear_band(0, top + 8 * sy)
    draw_text(bm, text, 40, top, sx, sy)
    if right_text:
        draw_text(bm, right_text, bm.w - 40 - len(right_text) * 6 * sx, top, sx, sy)


def add_specks(bm, seed, n=30, yres=196):
    r = random.Random(seed)
    for _ in range(n):
        x, y = r.randrange(10, bm.w - 10), r.randrange(30, bm.h - 10)
        size = r.choice((1, 1, 2, 2, 3))
        for dy in range(max(1, size * yres // 196)):
            for dx in range(size):
                if r.random() < 0.85:
                    bm.set(x + dx, y + dy)
    # one or two faint horizontal dropout/streak lines of a few dozen pixels
    for _ in range(r.choice((0, 1, 2))):
        x, y, ln = r.randrange(0, bm.w - 200), r.randrange(60, bm.h - 20), r.randrange(20, 120)
        for dx in range(ln):
            if r.random() < 0.7:
                bm.set(x + dx, y)


def write_tiff(path, bm, xres, yres):
    """Uncompressed bilevel TIFF (WhiteIsZero: 1 = black, as in PBM)."""
    pix = b"".join(bytes(r) for r in bm.rows)
    n = 13
    ifd_off = 8
    xres_off = ifd_off + 2 + n * 12 + 4
    yres_off = xres_off + 8
    pix_off = yres_off + 8
    entries = [
        (254, 4, 1, 2),            # NewSubfileType: page
        (256, 4, 1, bm.w),         # ImageWidth
        (257, 4, 1, bm.h),         # ImageLength
        (258, 3, 1, 1),            # BitsPerSample
        (259, 3, 1, 1),            # Compression: none
        (262, 3, 1, 0),            # Photometric: WhiteIsZero
        (273, 4, 1, pix_off),      # StripOffsets
        (277, 3, 1, 1),            # SamplesPerPixel
        (278, 4, 1, bm.h),         # RowsPerStrip
        (279, 4, 1, len(pix)),     # StripByteCounts
        (282, 5, 1, xres_off),     # XResolution
        (283, 5, 1, yres_off),     # YResolution
        (296, 3, 1, 2),            # ResolutionUnit: inch
    ]
    assert len(entries) == n
    out = bytearray(b"II*\x00" + struct.pack("<I", ifd_off) + struct.pack("<H", n))
    for tag, typ, count, value in entries:
        if typ == 3:
            out += struct.pack("<HHIHH", tag, typ, count, value, 0)
        else:
            out += struct.pack("<HHII", tag, typ, count, value)
    out += struct.pack("<I", 0)
    out += struct.pack("<II", int(xres), 1) + struct.pack("<II", int(yres), 1)
    assert len(out) == pix_off
    out += pix
    with open(path, "wb") as fh:
        fh.write(out)
