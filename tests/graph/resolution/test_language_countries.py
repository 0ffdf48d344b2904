"""The countries whose first language is a page's language (x-places2): evidence between namesakes."""

from munigraph.graph.resolution import places


def test_the_countries_whose_first_language_is_french_spanish_or_english() -> None:
    french = places.language_countries("fr")
    assert {"FR", "SN", "BJ"} <= set(french)
    assert "BY" not in french and "BE" not in french  # Belgium lists Dutch first
    assert {"ES", "CL", "MX"} <= set(places.language_countries("es"))
    assert "US" not in places.language_countries("es")
    assert {"US", "GB", "NZ"} <= set(places.language_countries("en"))
    assert places.language_countries("xx") == ()
