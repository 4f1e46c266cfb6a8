"""Timeline: dated events from Turkish news articles, as an iCalendar feed and a timeline page.

The pipeline has one module per stage::

    documents  ->  temporal  ->  events  ->  store  ->  render (ics / json)  ->  web / cli

Each stage is a set of functions over small dataclasses (:mod:`timeline.model`). Language
knowledge (month names, suffixes, tense cues, event words, places) lives in data files under
``timeline/lang/<code>/``; the current date comes only from :mod:`timeline.clock`.
"""

__version__ = "0.1.0"
