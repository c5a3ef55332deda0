package dk.livsmester.domain.application;

import dk.livsmester.domain.Text;

/** One rule's finding on an application. */
public record Finding(String code, Severity severity, Text text) {
}
