package org.openace.officer;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openace.account.PortCode;
import org.openace.platform.cli.AdminHelp;

import static org.assertj.core.api.Assertions.assertThat;

/** Ports and team names as administrators type them, read by shape; the command's usage as help prints it. */
class PortListTests {

    @Test
    void portsAreFourDigitCodesSeparatedByCommasOrSpacesEachOnceInCodeOrder() {
        assertThat(PortList.read(" 2709, 2704 0401;2704\n0712 ")).isEqualTo(new PortList.Reading.Read(
                PortList.sorted(java.util.List.of(new PortCode("0401"), new PortCode("0712"), new PortCode("2704"),
                        new PortCode("2709")))));
        assertThat(((PortList.Reading.Read) PortList.read("  ")).ports()).isEmpty();
        assertThat(PortList.shown(PortList.sorted(java.util.List.of(new PortCode("2709"), new PortCode("0401")))))
                .isEqualTo("0401, 2709");
    }

    @Test
    void theFirstTextThatIsNotAPortCodeIsNamed() {
        assertThat(PortList.read("2704, 27O4, 123")).isEqualTo(new PortList.Reading.Refused("27O4"));
        assertThat(PortList.read("2704 27040")).isEqualTo(new PortList.Reading.Refused("27040"));
        assertThat(PortList.read("2704-2709")).isEqualTo(new PortList.Reading.Refused("2704-2709"));
    }

    @Test
    void moreThanFiveHundredPortsAreTooMany() {
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            typed.append(String.format("%04d ", i));
        }
        assertThat(PortList.read(typed.toString())).isEqualTo(new PortList.Reading.TooMany(501));
    }

    @Test
    void aTeamIsAShortNameWithItsSpacesTidiedOrNone() {
        assertThat(TeamName.read("  Trade   Enforcement Team 2 ")).isEqualTo(
                new TeamName.Reading.Read(Optional.of("Trade Enforcement Team 2")));
        assertThat(TeamName.read("Cargo (Air) & Mail / Port-2, O'Hare.")).isInstanceOf(TeamName.Reading.Read.class);
        assertThat(TeamName.read(" ")).isEqualTo(new TeamName.Reading.Read(Optional.empty()));
        assertThat(TeamName.read("x".repeat(60))).isInstanceOf(TeamName.Reading.Read.class);
        assertThat(TeamName.read("x".repeat(61))).isInstanceOf(TeamName.Reading.Refused.class);
        assertThat(TeamName.read("<script>")).isInstanceOf(TeamName.Reading.Refused.class);
        assertThat(TeamName.read("-Team")).isInstanceOf(TeamName.Reading.Refused.class);
        assertThat(TeamName.valid("Team 2")).isTrue();
        assertThat(TeamName.valid(" Team 2")).isFalse();
        assertThat(TeamName.valid("Team  2")).isFalse();
    }

    @Test
    void helpListsTheCommandAsItDescribesItself() {
        assertThat(AdminHelp.COMMANDS.get("officer-ports")).isEqualTo(OfficerPortsCommand.USAGE);
    }
}
