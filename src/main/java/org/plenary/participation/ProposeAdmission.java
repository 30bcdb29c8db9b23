package org.plenary.participation;

import java.time.LocalDate;

/** The Chair's command to put an application before the PGs as an admission proposal. */
public record ProposeAdmission(String title, String text, LocalDate tabledOn, Long sessionId) {
}
