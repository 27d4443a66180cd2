#!/usr/bin/env python3
"""Write N distinct GCN-sized (~1 KB) notices in the GCN unified JSON schema, one per line.

Usage: gen_gcn_notices.py N OUT.jsonl [--seed S]

The notices look like Swift-BAT alerts of GCN's JSON streams (same keys, value ranges and nesting)
with a distinct trigger id each, padded through additional_info to about 1 KB as real ones are.
Deterministic for a seed, so runs are comparable. A million lines take seconds: each line is
filled into one %-template instead of going through json.dumps.
"""
import argparse
import random
import time

TARGET_BYTES = 1024
EPOCH = 1735689600  # 2025-01-01T00:00:00Z
TEMPLATE = (
    '{"$schema":"https://gcn.nasa.gov/schema/main/gcn/notices/swift/bat/alert.schema.json",'
    '"mission":"Swift","instrument":"BAT","messenger":"EM","record_number":%d,'
    '"alert_datetime":"%s.%03dZ","alert_tense":"current","alert_type":"%s",'
    '"trigger_time":"%s.%03dZ","follow_up_event":"GRB %sA","follow_up_type":"GRB",'
    '"data_archive_page":"https://swift.gsfc.nasa.gov/archive/grb_table/%d","id":["%d"],'
    '"ra":%.4f,"dec":%.4f,"ra_dec_error":%.4f,"containment_probability":0.9,'
    '"systematic_included":true,"image_energy_range":[15,350],"rate_snr":%.2f,"image_snr":%.2f,'
    '"rate_energy_range":[15,350],"rate_duration":%s,"n_events":%d,"classification":{"GRB":%.3f},'
    '"additional_info":"%s"}\n'
)
WORDS = ("rate", "trigger", "image", "catalog", "source", "BAT", "FOV", "partial", "coding",
         "background", "significance", "onboard", "GRB", "uncatalogued", "point", "source")
DURATIONS = ("0.064", "0.256", "1.024", "4.096", "8.192", "16.384")


def alert_type(u: float) -> str:
    if u < 0.8:
        return "initial"
    return "update" if u < 0.98 else "retraction"


def utc(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds))


def write_notices(out, count: int, rng: random.Random) -> None:
    uniform, randint, choice = rng.uniform, rng.randint, rng.choice
    padding = " ".join(choice(WORDS) for _ in range(2000))
    for index in range(count):
        trigger_s = EPOCH + index * 37
        alert_s = trigger_s + randint(8, 40)
        trigger_id = 1_200_000 + index
        fields = (randint(1, 3), utc(alert_s), randint(0, 999), alert_type(rng.random()),
                  utc(trigger_s), randint(0, 999), time.strftime("%y%m%d", time.gmtime(trigger_s)),
                  trigger_id, trigger_id, uniform(0, 360), uniform(-90, 90), uniform(0.01, 0.08),
                  uniform(6, 60), uniform(6, 40), choice(DURATIONS), randint(100, 60000),
                  uniform(0.5, 1.0))
        room = TARGET_BYTES - len(TEMPLATE % (fields + ("",)))
        start = padding.index(" ", randint(0, len(padding) - 1200)) + 1
        out.write(TEMPLATE % (fields + (padding[start:start + max(0, room)].strip(),)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=20240101)
    args = parser.parse_args()
    with open(args.out, "w", encoding="ascii", buffering=1 << 20) as out:
        write_notices(out, args.count, random.Random(args.seed))


if __name__ == "__main__":
    main()
