#!/usr/bin/env python3
"""The chart options as a publisher uses them: `annalist render` with --title, --subtitle,
--credit, --width, --height, --font-scale, --dpi and --undated writes SVG, PNG, PDF and HTML files
whose title, size and resolution are read back from the files themselves (SVG attributes and
<title>, PNG IHDR/pHYs/iTXt chunks, PDF Info and MediaBox through pdfinfo when installed, the
HTML <title> and inline SVG)."""
import os, re, shutil, struct, subprocess, sys, tempfile

BIN = os.path.abspath(sys.argv[1])
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def run(*args):
    p = subprocess.run([BIN, *args], capture_output=True, text=True)
    check(p.returncode == 0, f"annalist {' '.join(args)} exits 0 (got {p.returncode}: {p.stderr.strip()})")
    return p


def png_chunks(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    i, out = 8, []
    while i < len(data):
        n, = struct.unpack(">I", data[i:i + 4])
        out.append((data[i + 4:i + 8], data[i + 8:i + 8 + n]))
        i += 12 + n
    return out


tmp = tempfile.mkdtemp()
try:
    db = os.path.join(tmp, "annalist.db")
    run("build", "--out", tmp, "--chart", "svg")
    title, subtitle, credit = "Russia–China contacts <2010–2023>", "Seed articles & their dates", "Source: annalist"
    common = ["--db", db, "--title", title, "--subtitle", subtitle, "--credit", credit]

    # SVG: 1200 px at 96 dpi = 900 pt wide, 8 in = 576 pt high.
    svg_path = os.path.join(tmp, "c.svg")
    run("render", *common, "--width", "1200", "--height", "8in", "-o", svg_path)
    svg = open(svg_path, encoding="utf-8").read()
    m = re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg)
    check(m is not None and (float(m.group(1)), float(m.group(2))) == (900.0, 576.0),
          f"SVG size is 900x576 pt (got {m and m.groups()})")
    check("<title>Russia–China contacts &lt;2010–2023&gt;</title>" in svg, "SVG <title> is the chart title, escaped")
    for text in ("Seed articles &amp; their dates", "Source: annalist"):
        check(f">{text}</text>" in svg, f"SVG shows {text!r}")
    check(svg.count('class="node tick top"') > 0 and svg.count('class="node tick"') > 0,
          "SVG has tick labels over and under the lanes")

    # PNG: 20 cm wide at 150 dpi = 1181 px; the file records 150 dpi and the title.
    png_path = os.path.join(tmp, "c.png")
    run("render", *common, "--width", "20cm", "--dpi", "150", "--font-scale", "1.25", "-o", png_path)
    chunks = png_chunks(png_path)
    w, h = struct.unpack(">II", chunks[0][1][:8])
    check(abs(w - round(20 / 2.54 * 150)) <= 1, f"PNG is 20 cm = 1181 px wide at 150 dpi (got {w})")
    phys = [d for t, d in chunks if t == b"pHYs"]
    check(len(phys) == 1 and struct.unpack(">IIB", phys[0]) == (5906, 5906, 1),
          f"PNG pHYs says 150 dpi = 5906 px/m (got {phys and struct.unpack('>IIB', phys[0])})")
    itxt = [d for t, d in chunks if t == b"iTXt" and d.startswith(b"Title\0")]
    check(len(itxt) == 1 and itxt[0].split(b"\0")[-1].decode() == title, "PNG iTXt Title is the chart title")

    # PDF: 170 mm x 180 mm (room for every lane of the seed chart), Title in the document information.
    pdf_path = os.path.join(tmp, "c.pdf")
    run("render", *common, "--width", "170mm", "--height", "180mm", "--undated", "none", "-o", pdf_path)
    pdf = open(pdf_path, "rb").read()
    mb = re.search(rb"/MediaBox \[ ?0 0 ([\d.]+) ([\d.]+) ?\]", pdf)
    want = (170 / 25.4 * 72, 180 / 25.4 * 72)
    check(mb is not None and abs(float(mb.group(1)) - want[0]) < 1.5 and abs(float(mb.group(2)) - want[1]) < 1.5,
          f"PDF MediaBox is 170x180 mm = {want[0]:.0f}x{want[1]:.0f} pt (got {mb and mb.groups()})")
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
        check(f"Title:           {title}" in info, f"pdfinfo reads the Title (got {info.splitlines()[:1]})")
        check(re.search(r"Page size:\s+48[12](\.\d+)? x 51[01]", info) is not None, "pdfinfo reads the page size")
    else:
        print("note: pdfinfo not installed; PDF Title checked by its bytes only")
        check(b"/Title <FEFF" in pdf, "PDF has a UTF-16 Title")
    pdf2 = os.path.join(tmp, "c2.pdf")
    run("render", *common, "--width", "170mm", "--height", "180mm", "--undated", "none", "-o", pdf2)
    check(open(pdf2, "rb").read() == pdf, "the same PDF twice is the same bytes")

    # HTML: the page title and the inline chart at the asked size.
    html_path = os.path.join(tmp, "c.html")
    run("render", *common, "--width", "1200px", "-o", html_path)
    html = open(html_path, encoding="utf-8").read()
    check("<title>Russia–China contacts &lt;2010–2023&gt;</title>" in html, "HTML <title> is the chart title")
    sizes = re.findall(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', html)
    check(len(sizes) == 2 and float(sizes[1][0]) == 900.0, f"HTML chart is 900 pt wide, with the axis strip (got {sizes})")

    # --undated none leaves the panel out and says so; bad lengths are usage errors.
    none_path = os.path.join(tmp, "none.svg")
    run("render", "--db", db, "--undated", "none", "-o", none_path)
    none = open(none_path, encoding="utf-8").read()
    check("panel-head" not in none and "undated (not listed)" in none, "--undated none: no panel, said in the subtitle")
    for bad in ("12furlongs", "-5", "10"):
        p = subprocess.run([BIN, "render", "--db", db, "--width", bad, "-o", os.path.join(tmp, "x.svg")],
                           capture_output=True, text=True)
        check(p.returncode == 1 and "--width" in p.stderr, f"--width {bad} is a usage error naming the option")
    p = subprocess.run([BIN, "render", "--db", db, "--height", "2in", "-o", os.path.join(tmp, "tall.svg")],
                       capture_output=True, text=True)
    check(p.returncode == 0 and "warning" in p.stderr and "height" in p.stderr,
          "a height the chart cannot fit is drawn anyway, with a warning")
finally:
    shutil.rmtree(tmp)

print("chart_options_test:", "all checks passed" if not failures else f"{len(failures)} failed")
sys.exit(1 if failures else 0)
