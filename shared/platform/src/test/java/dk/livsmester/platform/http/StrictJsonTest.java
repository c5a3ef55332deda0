package dk.livsmester.platform.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.livsmester.domain.FieldError;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.guides.MatchForms;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F6 and F8 without a server: the coercions the attack found are refused, and the 400 names the field and the rule
 * in both languages, never a Java class or the value sent. The mapper starts as Micronaut configures its own (single
 * values unwrapped from arrays and taken as lists), then is made strict as every function's is.
 */
class StrictJsonTest {
    static final ObjectMapper MAPPER = StrictJson.strict(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY));

    private static FieldError refused(String json, Class<?> type) {
        Exception e = assertThrows(Exception.class, () -> MAPPER.readValue(json, type), json);
        ErrorBody body = BindingErrors.of(e);
        assertEquals("INVALID_JSON", body.code());
        assertEquals(1, body.errors().size());
        FieldError f = body.errors().getFirst();
        String all = body.message() + body.messageDa() + f.da() + f.en() + f.field();
        for (String leak : new String[]{"java.", "dk.livsmester", "Long", "String", "Cannot deserialize", "through reference",
                "1200000", "1102031234", "\"1\""}) {
            assertFalse(all.contains(leak), "the 400 says " + leak + ": " + all);
        }
        assertFalse(f.da().isBlank());
        assertFalse(f.en().isBlank());
        return f;
    }

    @Test
    void aFractionOfAnOre_isNoWholeNumber() {
        FieldError f = refused("{\"costLines\":[{\"item\":\"x\",\"amountOre\":1200000.5}]}", ApplicationForm.class);
        assertEquals("costLines[0].amountOre", f.field());
        assertTrue(f.en().contains("whole number"), f.en());
        assertEquals("grantedOre", refused("{\"outcome\":\"APPROVED\",\"grantedOre\":500000.9}", DecisionRequest.class).field());
    }

    @Test
    void aNumberInQuotes_isText_notAnAmount() {
        assertEquals("costLines[0].amountOre", refused("{\"costLines\":[{\"amountOre\":\"1200000\"}]}", ApplicationForm.class).field());
        assertEquals("alreadyFinanced", refused("{\"alreadyFinanced\":\"true\"}", ApplicationForm.class).field());
        assertEquals("alreadyFinanced", refused("{\"alreadyFinanced\":1}", ApplicationForm.class).field());
    }

    @Test
    void aListOrANumber_isNoText() {
        assertEquals("citizenFeedback", refused("{\"citizenFeedback\":[1]}", MatchForms.ClosureForm.class).field());
        assertEquals("text", refused("{\"text\":[\"nej\"]}", DecisionRequest.class).field());
        assertEquals("poolId", refused("{\"poolId\":1102031234}", ApplicationForm.class).field(),
                "a CPR-like number sent as text is refused without being repeated");
        assertEquals("poolId", refused("{\"poolId\":{\"a\":1}}", ApplicationForm.class).field());
    }

    @Test
    void aLoneValue_isNoList_andANumber_isNoEnumConstant() {
        assertEquals("costLines", refused("{\"costLines\":{\"item\":\"x\",\"amountOre\":1}}", ApplicationForm.class).field());
        FieldError outcome = refused("{\"outcome\":0}", DecisionRequest.class);
        assertEquals("outcome", outcome.field());
        assertTrue(outcome.en().startsWith("Must be one of: APPROVED"), outcome.en());
    }

    @Test
    void brokenJson_isNamedAsTheBody_andANumberIsNoDate() {
        assertEquals("body", refused("{\"poolId\": ", ApplicationForm.class).field());
        FieldError from = refused("{\"period\":{\"from\":5}}", ApplicationForm.class);
        assertEquals("period.from", from.field(), "not day 5 after 1970");
        assertTrue(from.en().contains("YYYY-MM-DD"), from.en());
        assertEquals("period.to", refused("{\"period\":{\"to\":\"1/2/2027\"}}", ApplicationForm.class).field());
    }

    @Test
    void whatIsRight_stillBinds() throws Exception {
        ApplicationForm form = MAPPER.readValue("{\"costLines\":[{\"item\":\"x\",\"amountOre\":1200000}],\"alreadyFinanced\":false,"
                + "\"period\":{\"from\":\"2026-12-01\",\"to\":\"2027-01-01\"}}", ApplicationForm.class);
        assertEquals(1_200_000L, form.costLines().getFirst().amountOre());
    }
}
