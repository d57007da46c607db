package org.lifecircle.engine.siting;

/** The facility location models. */
public enum SitingModel {
    /** Maximal covering (MCLP): choose k sites to maximise the weight within the threshold of an open site. */
    MAXIMAL_COVERING,
    /** Location set covering (LSCP): the fewest sites so that every coverable demand point with weight is within the threshold. */
    SET_COVERING,
    /** p-median: choose k sites to minimise the weighted time to each demand point's nearest open site. */
    P_MEDIAN
}
