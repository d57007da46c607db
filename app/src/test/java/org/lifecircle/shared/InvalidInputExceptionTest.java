package org.lifecircle.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    /** The message is what the log shows: it names the field, the key and the arguments themselves. */
    @Test
    void theMessageNamesFieldKeyAndArguments() {
        InvalidInputException e = new InvalidInputException("caregiverId", "care.dispatch.reason.offShift", "08:00", 3);

        assertThat(e.getMessage()).isEqualTo("[caregiverId: care.dispatch.reason.offShift [08:00, 3]]");
    }
}
