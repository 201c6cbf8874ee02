"""The programme report of the large demo, or of a programme of N teams: time and peak memory,
against a bare reportlab document with the same number of paragraphs and images built in the
same run.

Each measurement runs in a fresh subprocess so that its peak RSS (``resource.getrusage``) is
its own and no drawing is kept from an earlier report (``reports/board_cache.py``). Times are
CPU seconds of the report (``time.process_time``: the machine is shared), the median of
``--repeat`` runs. Budgets: the large demo ≤ 5 s and ≤ 400 MB; 150 teams ≤ 10 s. Last line:
``ratio: R`` (report time / baseline time).

    python benchmarks/report_programme.py [--teams 150] [--repeat 3] [--workdir DIR]
    python benchmarks/report_programme.py --teams 150 --profile   # where the time goes
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import private_user_data

ROOT = Path(__file__).resolve().parents[1]


MEASURE_REPORT = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    from pypdf import PdfReader
    from jalostamo.reports import build_report
    from jalostamo.services import Services
    svc = Services.open(sys.argv[1], readonly=True)
    out = Path(sys.argv[2])
    out.unlink(missing_ok=True)
    profile = None
    if len(sys.argv) > 3:
        import cProfile
        profile = cProfile.Profile()
        profile.enable()
    started, cpu = time.perf_counter(), time.process_time()
    result = build_report(svc, out, kind="programme", lang="fi")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    if profile is not None:
        import pstats
        profile.disable()
        stats = pstats.Stats(profile, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(25)
    svc.close()
    reader = PdfReader(out)
    paragraphs = sum(len((p.extract_text() or "").splitlines()) for p in reader.pages)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb, "pages": result.pages,
                      "images": result.images, "paragraphs": paragraphs,
                      "bytes": result.size_bytes}))
""")

MEASURE_BASELINE = textwrap.dedent("""
    import io, json, resource, sys, time
    from PIL import Image
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Image as RLImage, Paragraph, SimpleDocTemplate
    paragraphs, images = int(sys.argv[2]), int(sys.argv[3])
    blobs = []
    for n in range(max(images, 1)):
        out = io.BytesIO()
        Image.new("RGB", (1200, 900), (n % 255, 120, 160)).save(out, "JPEG", quality=85)
        blobs.append(out.getvalue())
    started, cpu = time.perf_counter(), time.process_time()
    style = getSampleStyleSheet()["BodyText"]
    story = [Paragraph(f"Kappale {n}: sosiaalisesti kestävät kaupungit", style)
             for n in range(paragraphs)]
    story += [RLImage(io.BytesIO(blobs[n]), width=200, height=150) for n in range(images)]
    SimpleDocTemplate(sys.argv[1]).build(story)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb}))
""")


def run(code: str, *args: str, stderr: bool = False) -> dict[str, float]:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    if stderr:
        print(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure(programme: Path, folder: Path, repeat: int) -> tuple[dict[str, float],
                                                                  dict[str, float]]:
    """Medians of ``repeat`` report runs and as many baselines, alternating."""
    reports, baselines = [], []
    for _ in range(repeat):
        reports.append(run(MEASURE_REPORT, str(programme), str(folder / "programme.pdf")))
        baselines.append(run(MEASURE_BASELINE, str(folder / "bare.pdf"),
                             str(int(reports[-1]["paragraphs"])), str(int(reports[-1]["images"]))))
    return _median(reports), _median(baselines)


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teams", type=int, help="a programme of this many teams "
                        "(benchmarks/_programmes.py) instead of the large demo")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, help="keep (and reuse) the programme here")
    parser.add_argument("--profile", action="store_true", help="print cProfile's tables")
    args = parser.parse_args()
    private_user_data()
    folder = args.workdir or Path(tempfile.mkdtemp(prefix="jalostamo-bench-report-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.teams:
        from _programmes import build_programme

        programme = folder / f"teams{args.teams}.jalostamo"
        what, budget = f"{args.teams} teams", (10.0, None)
        if not programme.exists():
            print(build_programme(programme, args.teams))
    else:
        from jalostamo.services.demo import build_demo

        programme = folder / "large.jalostamo"
        what, budget = "large demo", (5.0, 400.0)
        if not programme.exists():
            build_demo(programme, size="large")
    if args.profile:
        run(MEASURE_REPORT, str(programme), str(folder / "programme.pdf"), "profile",
            stderr=True)
    report, baseline = measure(programme, folder, args.repeat)
    print(f"programme report ({what}): {report['cpu']:.2f} s CPU ({report['seconds']:.2f} s "
          f"wall), peak {report['peak_mb']:.0f} MB, {report['pages']:.0f} pages, "
          f"{report['images']:.0f} images, {report['bytes'] / 1e6:.1f} MB file "
          f"(median of {args.repeat}; budget {budget[0]:.0f} s"
          + (f", {budget[1]:.0f} MB)" if budget[1] else ")"))
    print(f"bare reportlab, {report['paragraphs']:.0f} paragraphs + {report['images']:.0f} "
          f"images: {baseline['cpu']:.2f} s CPU, peak {baseline['peak_mb']:.0f} MB")
    within = report["cpu"] <= budget[0] and (budget[1] is None or report["peak_mb"] <= budget[1])
    print("within budget" if within else "OVER BUDGET")
    print(f"ratio: {report['cpu'] / baseline['cpu']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
