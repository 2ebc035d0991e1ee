import flask


def test_app_has_name() -> None:
    assert flask.Flask("x").import_name == "x"
