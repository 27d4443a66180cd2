#pragma once

struct sqlite3;

namespace alertdeck::store {

// The eponymous virtual table `staged_alerts`: the rows waiting in `staged` chunks, with the
// columns of `alerts`, so SQL sees them like stored rows. Key constraints (=, <, <=, >, >=, IN) pick
// the chunks to read and arrival order (ORDER BY key, either way) costs no sort. Readers see
// `alerts` as main.alerts UNION ALL staged_alerts (see schema::open); the indexer expands chunks
// into main.alerts through it.
class StagedAlertsTable
{
public:
    static void registerOn(sqlite3 *db);
};

} // namespace alertdeck::store
