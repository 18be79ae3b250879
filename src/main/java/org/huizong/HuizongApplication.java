package org.huizong;

import org.huizong.cli.HuizongCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: the command line decides what to run; jobs start a Spring context of their own. */
@SpringBootApplication
public class HuizongApplication {

    public static void main(String[] args) {
        System.exit(HuizongCommand.execute(args));
    }
}
