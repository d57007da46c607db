/** JMH benchmarks of the engine, run from the shaded jar, never from {@code mvn test}. */
package org.lifecircle.bench;
