// Symposia in JShell: the API imported and the five reference events ready as variables.
import dev.symposia.*;
import dev.symposia.accreditation.*;
import dev.symposia.agreement.*;
import dev.symposia.disclosure.*;
import dev.symposia.event.*;
import dev.symposia.identifier.*;
import dev.symposia.institution.*;
import dev.symposia.people.*;
import dev.symposia.place.*;
import dev.symposia.presentation.*;
import dev.symposia.quantity.*;
import dev.symposia.support.*;
import dev.symposia.text.*;
import dev.symposia.time.*;
import dev.symposia.examples.events.*;
import dev.symposia.examples.howto.*;
import dev.symposia.jackson.*;
import dev.symposia.validation.*;
import java.time.*;

var isctm = Isctm2022.symposium();
var cqmu = CqmuBiomedicalSciences2024.symposium();
var ibs = InternationalBiomedicalSymposium2024.symposium();
var scrtc = ScrtcInauguration.symposium();
var csco = CscoAnnualMeeting2021.symposium();
var json = SymposiaJson.standard();
// Hibernate Validator announces its version on the JDK logger at the first validation, in the middle of the
// tutorial's answers. A level in the logging configuration, unlike one set on a Logger, outlives the Logger
// object, which the LogManager holds only weakly.
java.util.logging.LogManager.getLogManager().updateConfiguration(
    new java.io.ByteArrayInputStream("org.hibernate.validator.level = WARNING".getBytes()),
    key -> (old, given) -> given == null ? old : given);
System.out.println("Symposia is ready. Events: isctm, cqmu, ibs, scrtc, csco; JSON: json. Try: isctm.sessions()");
