// Word lists shared by several rules (readable regex sources; see text/patterns `readable`).

/** Base-form verbs of instructions ("click", "log in"): used by next-step and dismissive. */
export const INSTRUCTION_VERBS =
  'click|tap|go|open|select|choose|enter|type|reply|respond|send|forward|try|restart|reboot|reinstall|install|uninstall|' +
  'update|upgrade|download|log (?:in|out|back in|into)|sign (?:in|out|up|into)|visit|navigate|head|use|check|follow|confirm|verify|' +
  'provide|share|attach|upload|call|text|email|e-mail|reset|clear|change|turn|switch|toggle|enable|disable|plug|unplug|' +
  'wait (?:a|for|until|\\d)|look (?:for|at|in|under|out)|scroll|press|hold (?:down|the)|copy|paste|fill (?:in|out)|complete|submit|return|' +
  'print|drop (?:it|the|off)|bring|keep (?:an eye|the|your|it)|make sure|ensure|double-check|' +
  "let (?:me|us) know(?! if (?:you have|there's|there is|anything|you need|I can) )|reach out to (?:your|the)|hit|tick|untick|uncheck|" +
  'add|remove|delete|cancel|accept|approve|review|read|find|set|save|refresh|reload|re-?enter|re-?try|re-?connect|connect|' +
  'disconnect|pair|charge|power (?:off|on|cycle)|take a (?:look|photo|screenshot|picture)|track|view|access|contact (?:your|the)|' +
  'tell|describe|explain|clarify|show|give|remind|empty|unsubscribe|re-?open|re-?start|sync|re-?sync|link|unlink|authori[sz]e|grant|allow|block|unblock|search|google';

/** Past participles of support actions ("refunded", "escalated"). */
export const DONE_VERBS =
  'refunded|reset|sent|re-?sent|issued|re-?issued|processed|escalated|updated|fixed|resolved|credited|cancell?ed|changed|added|' +
  'removed|restored|reactivated|activated|deactivated|unlocked|applied|arranged|booked|re-?booked|scheduled|created|opened|raised|logged|' +
  'forwarded|passed|reversed|replaced|shipped|dispatched|upgraded|downgraded|extended|corrected|enabled|disabled|confirmed|' +
  'approved|waived|adjusted|moved|merged|released|verified|contacted|flagged|submitted|filed|placed|attached|renewed|' +
  'requested|refreshed|cleared|deleted|migrated|transferred|repaired|investigated|located|found|traced|tracked|organi[sz]ed|' +
  'expedited|set up|put through|gone ahead|went ahead|looked into|checked|spoken (?:to|with)|reached out|asked|made sure|sorted|' +
  'granted|given|paid|assigned|prioriti[sz]ed|refunded|recovered|rebuilt|deployed|patched|re-?enabled|re-?connected|unblocked|' +
  'added|completed|finished|handled|taken care of|amended|switched|converted|swapped|sent over';

export const WEEKDAYS = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
export const NUMBER_WORD = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|twenty-four|forty-eight|seventy-two|a few|a couple of|a couple|few|several)';
