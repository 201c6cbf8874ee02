"""The programme report of the large demo: time and peak memory, against a bare reportlab
document with the same number of paragraphs and images built in the same run.

Each measurement runs in a fresh subprocess so that its peak RSS (``resource.getrusage``) is
its own. Budget: ≤ 5 s and ≤ 400 MB. Last line: ``ratio: R`` (report time / baseline time).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


MEASURE_REPORT = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    from pypdf import PdfReader
    from jalostamo.reports import build_report
    from jalostamo.services import Services
    svc = Services.open(sys.argv[1], readonly=True)
    started = time.perf_counter()
    result = build_report(svc, Path(sys.argv[2]), kind="programme", lang="fi")
    seconds = time.perf_counter() - started
    svc.close()
    reader = PdfReader(sys.argv[2])
    paragraphs = sum(len((p.extract_text() or "").splitlines()) for p in reader.pages)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "pages": result.pages,
                      "images": result.images, "paragraphs": paragraphs,
                      "bytes": result.size_bytes}))
""")

MEASURE_BASELINE = textwrap.dedent("""
    import io, json, resource, sys, time
    from PIL import Image
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image as RLImage, Paragraph, SimpleDocTemplate
    paragraphs, images = int(sys.argv[2]), int(sys.argv[3])
    blobs = []
    for n in range(max(images, 1)):
        out = io.BytesIO()
        Image.new("RGB", (1200, 900), (n % 255, 120, 160)).save(out, "JPEG", quality=85)
        blobs.append(out.getvalue())
    started = time.perf_counter()
    style = getSampleStyleSheet()["BodyText"]
    story = [Paragraph(f"Kappale {n}: sosiaalisesti kestävät kaupungit", style)
             for n in range(paragraphs)]
    story += [RLImage(io.BytesIO(blobs[n]), width=200, height=150) for n in range(images)]
    SimpleDocTemplate(sys.argv[1]).build(story)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))
""")


def run(code: str, *args: str) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> int:
    try:
        from jalostamo.services.demo import build_demo
    except ImportError:
        print("build_demo is not available yet: nothing to measure")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "large.jalostamo"
        build_demo(demo, size="large")
        report = run(MEASURE_REPORT, str(demo), str(Path(tmp) / "programme.pdf"))
        baseline = run(MEASURE_BASELINE, str(Path(tmp) / "bare.pdf"),
                       str(int(report["paragraphs"])), str(int(report["images"])))
    print(f"programme report (large demo): {report['seconds']:.2f} s, "
          f"peak {report['peak_mb']:.0f} MB, {report['pages']:.0f} pages, "
          f"{report['images']:.0f} images, {report['bytes'] / 1e6:.1f} MB file "
          f"(budget 5 s, 400 MB)")
    print(f"bare reportlab, {report['paragraphs']:.0f} paragraphs + {report['images']:.0f} "
          f"images: {baseline['seconds']:.2f} s, peak {baseline['peak_mb']:.0f} MB")
    within = report["seconds"] <= 5 and report["peak_mb"] <= 400
    print("within budget" if within else "OVER BUDGET")
    print(f"ratio: {report['seconds'] / baseline['seconds']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
