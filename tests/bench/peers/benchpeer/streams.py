"""tom-alertstreams' Hopskotch stream, pointed at a broker without authentication.

HopskotchAlertStream always builds hop.auth.Auth(USERNAME, PASSWORD), i.e. SASL_SSL with
SCRAM-SHA-512 as on SCiMMA's broker. The bench broker's plaintext listener needs hop-client's
auth=False instead; only the two methods that build the credential differ, so reading, decoding
and dispatching to the topic handler stay tom-alertstreams' and hop-client's own code.
"""
from hop import Stream
from hop.io import StartPosition, list_topics
from tom_alertstreams.alertstreams.hopskotch import HopskotchAlertStream


class PlaintextHopskotchAlertStream(HopskotchAlertStream):
    def get_all_public_topics(self) -> list[str]:
        return [topic for topic in list_topics(self.url, auth=False).keys()
                if not topic.startswith("__")]

    def get_stream(self, start_position=StartPosition.LATEST) -> Stream:
        return Stream(auth=False, start_at=start_position)
