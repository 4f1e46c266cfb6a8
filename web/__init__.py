"""The Timeline web app: timeline page, iCalendar feeds and JSON API.

``create_app(test_config=None)`` builds it; nothing runs at import time. Production serving is
``timeline serve`` (gunicorn or waitress); ``flask --app web run`` works for development.
"""

from __future__ import annotations

from flask import Flask
from flask.json.provider import DefaultJSONProvider


def create_app(test_config: dict | None = None) -> Flask:
    """Create and configure the app.

    :param test_config: settings that replace the environment's (``DATABASE``, ``BASE_URL``,
        ``API_TOKEN``, ``UPLOAD_MAX_BYTES``, ``FEED_PAST_DAYS``, ``TESTING``…; ``JOB_WORKER``:
        true starts the background job worker now, false never, unset at the first job).
    :raises timeline.config.SettingError: when a ``TIMELINE_*`` variable is malformed.
    """
    from timeline import config

    config.check()  # a bad TIMELINE_* setting stops the start with its message
    app = Flask(__name__)
    app.config.from_mapping(
        DATABASE=config.db_path(),
        BASE_URL=config.base_url(),
        API_TOKEN=config.api_token(),
        UPLOAD_MAX_BYTES=config.upload_max_bytes(),
        JOB_ARTICLES=config.job_articles(),
        FEED_PAST_DAYS=config.feed_past_days(),
        MAX_CONTENT_LENGTH=config.max_bytes(),
        PAGE_SIZE=200,
        JSON_SORT_KEYS=False,
    )
    if test_config:
        app.config.update(test_config)
    assert isinstance(app.json, DefaultJSONProvider)  # Flask's own, which has these two
    app.json.ensure_ascii = False
    app.json.sort_keys = False

    from . import api, errors, feeds, jobs, openweb, pages, served, state, timelinejs

    state.init_app(app)
    served.init_app(app)
    jobs.init_app(app, app.extensions["timeline.store"])
    errors.init_app(app)
    app.register_blueprint(pages.bp)
    app.register_blueprint(feeds.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(timelinejs.bp)
    app.register_blueprint(openweb.bp)
    if app.config.get("REVALIDATION_MEMO", True):
        from .revalidate import Revalidation

        store = app.extensions["timeline.store"]
        app.wsgi_app = Revalidation(app.wsgi_app, store.revision)  # type: ignore[method-assign]
    return app
