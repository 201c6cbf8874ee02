"""The demo programme: spring 2019 "Sosiaalisesti kestävät kaupungit", or a stress variant.

``build_demo(path, size="normal" | "large")`` creates the file, fills it through the services
and closes it. All content is fictional where it concerns people and seeded everywhere else,
so that two builds differ only in ids and timestamps.
"""

from __future__ import annotations

from jalostamo.services.demo.build import DemoSummary, build_demo

__all__ = ["DemoSummary", "build_demo"]
