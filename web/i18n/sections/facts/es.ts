// The Spanish text of web/i18n/sections/facts/en.ts (see there), the same keys.

import type { FactsMessages } from './en.js';

export const facts: FactsMessages = {
  cite: {
    quoted: '«{{title}}»',
    described: '[{{title}}]',
    stagingCopy: 'consultado en una copia de pruebas de esta página',
    copyAt: 'consultado en una copia en {{host}}',
    marker_one: 'fuente',
    marker_other: '{{count}} fuentes',
    notListed_one: 'y {{count}} cifra más, no enumerada aquí: la lista de cifras del fondo la contiene',
    notListed_other: 'y {{count}} cifras más, no enumeradas aquí: la lista de cifras del fondo las contiene todas',
  },
  dataNotes: {
    summary: 'Notas sobre los datos',
    intro: 'Notas de quienes transcribieron los datos (en inglés) e identificadores de registro: para verificar, no para citar.',
    record: 'Registro {{id}}',
  },
  establishment: {
    heading: 'Creación del fondo',
    none: 'Ninguna fuente consultada hasta ahora indica cuándo ni cómo se creó este fondo.',
    noDate: 'Fecha no indicada',
    line: '{{date}} — {{what}}',
    noAct: 'creado (la fuente no menciona ningún acto ni órgano)',
    by: 'creado por {{body}}',
    under: 'creado en virtud de {{instruments}}',
    byUnder: 'creado por {{body}} en virtud de {{instruments}}',
    body: { secretary_general: 'el Secretario General', human_rights_council: 'el Consejo de Derechos Humanos' },
    instrument: {
      chrResolution_one: 'la resolución {{numbers}} de la Comisión de Derechos Humanos',
      chrResolution_other: 'las resoluciones {{numbers}} de la Comisión de Derechos Humanos',
      ecosocDecision_one: 'la decisión {{numbers}} del Consejo Económico y Social',
      ecosocDecision_other: 'las decisiones {{numbers}} del Consejo Económico y Social',
      hrcResolution_one: 'la resolución {{numbers}} del Consejo de Derechos Humanos',
      hrcResolution_other: 'las resoluciones {{numbers}} del Consejo de Derechos Humanos',
      ownResolution_one: 'su resolución {{numbers}}',
      ownResolution_other: 'sus resoluciones {{numbers}}',
    },
    yearsDisagree: 'Las fuentes no coinciden en el año',
  },
  calls: {
    heading: 'Lo que el Consejo pidió a los Estados',
    intro:
      'Párrafos de resoluciones del Consejo de Derechos Humanos que piden a los Estados contribuir a este fondo, del más reciente al más antiguo. La redacción es nuestra y no dice más que el párrafo; cada uno se cita.',
    none: 'No hay ningún llamamiento del Consejo registrado sobre este fondo.',
    advisoryHeading: 'Lo que constató y recomendó el Comité Asesor del Consejo',
    advisoryIntro: 'Conclusiones y recomendaciones del Comité Asesor del Consejo de Derechos Humanos, órgano de expertos que asesora al Consejo. Son del Comité, no decisiones del Consejo.',
    resolutionRef: 'Resolución {{number}}, párrafo {{paragraph}}',
    reportRef: 'Informe {{symbol}}, párrafo {{paragraph}}',
    subject: { human_rights_council: 'El Consejo de Derechos Humanos', advisory_committee: 'El Comité Asesor' },
    sentence: '{{subject}} {{act}}.',
    act: {
      contribute_to_meet_demand: 'alentó a los Estados y a otros donantes a contribuir {{funds}} para atender la creciente demanda de asistencia',
      contribute_especially_non_contributors:
        'reafirmó la necesidad constante de aumentar las contribuciones voluntarias a los fondos pertinentes de las Naciones Unidas para la asistencia técnica y el fomento de la capacidad en materia de derechos humanos, y alentó a los Estados, en particular a los que aún no lo han hecho, a contribuir a ellos',
      contribute:
        'reafirmó la necesidad de seguir aumentando las contribuciones voluntarias a los fondos pertinentes de las Naciones Unidas para la asistencia técnica y el fomento de la capacidad en materia de derechos humanos, y exhortó a los Estados a contribuir a ellos',
      continue_contributing:
        'exhortó a los Estados a seguir contribuyendo a los fondos pertinentes de las Naciones Unidas para la asistencia técnica y el fomento de la capacidad en materia de derechos humanos y al programa de asistencia técnica de la Oficina del Alto Comisionado',
      reported_states_not_contributing:
        'recogió la observación de una organización no gubernamental según la cual muchos Estados no contribuyen a los fondos de contribuciones voluntarias de las Naciones Unidas para la asistencia técnica',
      increase_contributions: 'recomendó que los Estados, las instituciones internacionales interesadas y otras partes interesadas aumentaran sus contribuciones voluntarias {{funds}}',
      contribute_regularly: 'recomendó que los Estados contribuyeran periódicamente {{funds}} y, de ser posible, aumentaran sus contribuciones',
    },
    relevantFunds: {
      resolution: '(el párrafo se refiere a los fondos pertinentes de las Naciones Unidas; la resolución menciona este fondo)',
      report: '(el párrafo se refiere a los fondos pertinentes de las Naciones Unidas; el informe menciona este fondo)',
    },
  },
  briefCalls: {
    intro:
      'Igual para todos los Estados: lo que el Consejo pidió a los Estados sobre los fondos y lo que su Comité Asesor constató y recomendó, en frases para citar con sus fuentes.',
    copy: 'Copiar el llamamiento {{n}}',
    copied: 'Llamamiento {{n}} copiado.',
  },
  donors: {
    contributions: 'contribuciones por {{amount}}',
    paidOrPledgedNotStated: 'no se indica si pagado o prometido',
    contributionNoAmount: 'contribución registrada, importe no indicado',
    pledgeNoAmount: 'promesa registrada, importe no indicado',
    paymentNotRecorded: '{{amount}} prometidos, pago no registrado',
    matrixPaymentNotRecorded: 'pago no registrado',
    noPledge: 'ninguna promesa registrada',
    contributionsColumn: 'Contribuciones',
    totalContributions: 'Contribuciones, todos los años',
    totalPledged: 'Prometido, todas las promesas (con o sin año)',
    pledgedPaymentNotRecorded: 'Prometido, pago no registrado',
    noneRecorded: 'ninguna registrada',
    notRanked: {
      pledge_only: 'sin clasificar: para este año solo consta una promesa',
      amount_not_stated: 'sin clasificar: no se indica el importe',
      amount_not_exact: 'sin clasificar: el importe no es exacto',
    },
    shareUnknownNoTotal: 'participación desconocida: no consta el total del fondo para el año',
    withoutMembers_one: '{{count}} de los {{total}} Estados Miembros no tiene ninguna contribución registrada para este fondo',
    withoutMembers_other: '{{count}} de los {{total}} Estados Miembros no tienen ninguna contribución registrada para este fondo',
  },
};
