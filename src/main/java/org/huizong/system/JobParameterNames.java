package org.huizong.system;

/** The parameters every Huizong job takes; {@code period} and {@code run} identify a job instance. */
public final class JobParameterNames {

    public static final String PERIOD = "period";
    public static final String RUN = "run";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String CONFIG = "config";

    private JobParameterNames() {}
}
