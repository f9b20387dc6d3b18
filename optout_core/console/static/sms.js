// SMS segment counting: GSM-7 (160 characters in one message, 153 per part of a longer one; the extension table's
// characters count twice) or, when any character is outside GSM-7, UCS-2 (70, or 67 per part, in UTF-16 units).
const GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§" +
  "¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENSION = "^{}\\[~]|€\f";

export function segments(text) {
  let septets = 0;
  for (const character of text) {
    if (GSM_BASIC.includes(character)) septets += 1;
    else if (GSM_EXTENSION.includes(character)) septets += 2;
    else return ucs2(text);
  }
  return { encoding: "GSM-7", units: septets, count: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}

function ucs2(text) {
  const units = text.length; // UTF-16 code units, as UCS-2 carries them
  return { encoding: "UCS-2", units, count: units <= 70 ? 1 : Math.ceil(units / 67) };
}

// A reply as a recipient would read it: {program} and {contact} filled in as the service fills them.
export function rendered(template, programName, contactSentence) {
  return template.replaceAll("{program}", programName || "").replaceAll("{contact}", contactSentence || "");
}
