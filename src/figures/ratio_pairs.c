#include "figures/ratio_pairs.h"

const wr_ratio_pair wr_ratio_pairs[] = {
    /* Norms: percentage within, with the number of trajectories beside it; the number
     * outside the norm is the rest. */
    {"eerste_contact_binnen_norm_pct", "eerste_contact_buiten_norm", WR_REVEALS_COMPLEMENT, WR_PAIR_SAME_GROUP},
    {"start_binnen_norm_pct", "start_buiten_norm", WR_REVEALS_COMPLEMENT, WR_PAIR_SAME_GROUP},
    /* Reach per 1,000 inhabitants next to the district's population. */
    {"bereik_per_1000", "bereik", WR_REVEALS_NUMERATOR, WR_PAIR_SAME_GROUP},
    /* Dropout: the trajectories that stopped on the resident's initiative, close to the
     * residents who left for that reason. */
    {"uitval_pct", "uitstroom", WR_REVEALS_NUMERATOR, WR_PAIR_DROPOUT_REASONS},
    /* Means and percentages over ZRM pairs, and the complaint term over handled complaints. */
    {"zrm_verbeterd_pct", "zrm_paren", WR_REVEALS_DENOMINATOR, WR_PAIR_SAME_GROUP},
    {"zrm_verschil_gem", "zrm_paren", WR_REVEALS_DENOMINATOR, WR_PAIR_SAME_GROUP},
    {"klachten_binnen_termijn_pct", "klachten_afgehandeld", WR_REVEALS_DENOMINATOR, WR_PAIR_SAME_GROUP},
    /* The median waiting time over the waiting trajectories, their number beside it. */
    {"wachttijd_mediaan_dagen", "wachtend_trajecten", WR_REVEALS_DENOMINATOR, WR_PAIR_SAME_GROUP},
};

const size_t wr_ratio_pair_count = sizeof wr_ratio_pairs / sizeof wr_ratio_pairs[0];
